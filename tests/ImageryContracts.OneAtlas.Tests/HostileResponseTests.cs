using System.Net;
using CsCheck;
using ImageryContracts.ClientTestKit;
using ImageryContracts.Http;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Ordering;
using ImageryContracts.Serialization;
using ImageryContracts.Testing.OneAtlas;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>
/// Type-confused and broken vendor answers: the models keep what they cannot hold and write it back, and the facade
/// answers with a result or an <see cref="ImageryApiException"/> naming the operation and the field, never anything else.
/// </summary>
public sealed class HostileResponseTests
{
    private const string PricesUrl = "https://data.api.oneatlas.airbus.com/api/v1/prices";
    private const string SearchUrl = OneAtlasOptions.DefaultSearchUrl + "/api/v2/opensearch";
    private const string SearchExample = "search-response-v2-post-pneo-album.REF-example.json";

    [Fact]
    public async Task Every_value_of_the_order_response_replaced_by_each_other_JSON_type_reads_and_writes_back()
    {
        var mutations = await RoundTrip.AssertEveryTypeMutationWritesBackAsync(Fixtures.Read("oneatlas/order-response.json"), Order.CreateFromDiscriminatorValue);

        // The seed's order has 102 values; each is replaced by every listed value of another JSON type.
        Assert.True(mutations > 1_400, $"{mutations} mutations");
    }

    [Fact]
    public async Task Every_type_confused_price_answer_is_a_price_or_an_error_naming_getPrice_and_the_field()
    {
        var stub = new StubHttpHandler();
        var ordering = new OneAtlasOrdering(new OneAtlasClient(AnonymousAdapter.Create(stub)));
        var failures = new List<string>();

        foreach (var (path, json) in JsonGen.TypeMutations(Fixtures.Read("oneatlas/price-response.json")))
        {
            stub.Respond(HttpMethod.Post, PricesUrl, HttpStatusCode.OK, json);
            try
            {
                await ordering.PriceAsync(ToulouseRequest());
            }
            catch (ImageryApiException error)
            {
                failures.Add(MutatedAnswers.AssertNamesTheMutatedField(error, "getPrice", path));
                Assert.Contains(error.Field!, error.Message, StringComparison.Ordinal);
            }
        }

        Assert.Contains("price", failures);
        Assert.Contains("deliveries", failures);
        Assert.Contains("payload.products[0].aoi.coordinates", failures);
    }

    [Fact]
    public async Task Every_value_of_the_recorded_search_page_replaced_by_each_other_JSON_type_reads_and_writes_back()
    {
        var mutations = await RoundTrip.AssertEveryTypeMutationWritesBackAsync(VendorExamples.Read(SearchExample), SearchResponse.CreateFromDiscriminatorValue);

        Assert.True(mutations > 500, $"{mutations} mutations");
    }

    [Fact]
    public async Task Every_type_confused_search_page_is_images_or_an_error_naming_the_search_and_the_field()
    {
        var stub = new StubHttpHandler();
        var ordering = new OneAtlasOrdering(new OneAtlasClient(AnonymousAdapter.Create(stub)));
        var failures = new List<string>();
        var images = 0;

        foreach (var (path, json) in JsonGen.TypeMutations(VendorExamples.Read(SearchExample)))
        {
            stub.Respond(HttpMethod.Post, SearchUrl, HttpStatusCode.OK, json);
            try
            {
                images += await ordering.SearchAsync(FacadeHarness.ToulouseAoi, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(60)).CountAsync();
            }
            catch (ImageryApiException error)
            {
                failures.Add(MutatedAnswers.AssertNamesTheMutatedField(error, "searchCatalogueByBody", path));
            }
        }

        Assert.True(images > 0, "no mutation read as images");
        Assert.Contains("features", failures);
        Assert.Contains("features[0].properties.id", failures);
    }

    [Fact]
    public void A_price_answer_cut_anywhere_is_an_unreadable_answer_naming_where_it_broke()
    {
        var json = Fixtures.Read("oneatlas/price-response.json").TrimEnd();
        var stub = new StubHttpHandler();
        var ordering = new OneAtlasOrdering(new OneAtlasClient(AnonymousAdapter.Create(stub)));

        Gen.Int[1, json.Length - 1].Sample(length =>
        {
            stub.Respond(HttpMethod.Post, PricesUrl, HttpStatusCode.OK, json[..length]);

            var error = Assert.ThrowsAsync<ImageryApiException>(() => ordering.PriceAsync(ToulouseRequest())).GetAwaiter().GetResult();

            Assert.Equal(ImageryFailureKind.UnreadableResponse, error.Kind);
            Assert.Equal("getPrice", error.Operation);
            Assert.StartsWith("$", error.Field);
        }, iter: 300);
    }

    [Fact]
    public async Task A_field_or_value_the_spec_does_not_list_is_a_drift_warning_and_counted()
    {
        var fresh = "surcharge" + Guid.NewGuid().ToString("N")[..6];
        var json = Fixtures.Read("oneatlas/price-response.json").TrimEnd()[..^1] + $",\"{fresh}\":1}}";
        var stub = new StubHttpHandler().Respond(HttpMethod.Post, PricesUrl, HttpStatusCode.OK, json);
        var logger = new FakeLogger<OneAtlasOrdering>();
        using var counter = new MetricCollector<long>(null, WireDriftWarnings.MeterName, WireDriftWarnings.CounterName);
        var ordering = new OneAtlasOrdering(new OneAtlasClient(AnonymousAdapter.Create(stub)), logger: logger);

        var price = await ordering.PriceAsync(ToulouseRequest());
        await ordering.PriceAsync(ToulouseRequest());

        Assert.Equal(1m, price.AdditionalData[fresh]);
        var warning = Assert.Single(logger.Collector.GetSnapshot(), record => record.Message.Contains(fresh, StringComparison.Ordinal));
        Assert.Equal(7301, warning.Id.Id);
        Assert.StartsWith($"OneAtlas getPrice answered with a field the spec does not describe at PriceResponse.{fresh}", warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, counter.GetMeasurementSnapshot().Where(m => Equals(m.Tags["imagery.drift.field"], "PriceResponse." + fresh)).Sum(m => m.Value));
    }

    private static OrderRequest ToulouseRequest() => new()
    {
        Kind = OrderKind.DataProduct,
        Products = [FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades)],
    };
}
