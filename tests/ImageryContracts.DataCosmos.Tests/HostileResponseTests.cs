using System.Net;
using CsCheck;
using ImageryContracts.ClientTestKit;
using ImageryContracts.DataCosmos.Catalogue;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.DataCosmos.Ordering;
using ImageryContracts.Http;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>
/// Type-confused and broken vendor answers: the models keep what they cannot hold and write it back, and the facade
/// answers with a result or an <see cref="ImageryApiException"/> naming the operation and the field, never anything else.
/// </summary>
public sealed class HostileResponseTests
{
    private static readonly Guid OrderId = Guid.Parse("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    private static readonly string OrderUrl = $"https://app.open-cosmos.com/api/data/v0/order/orders/{OrderId}";
    private const string SearchUrl = "https://app.open-cosmos.com/api/data/v0/stac/search";

    private static string SearchExample() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "datacosmos", "002_search_pagination.page_1.json"));

    [Fact]
    public async Task Every_value_of_the_order_response_replaced_by_each_other_JSON_type_reads_and_writes_back()
    {
        var mutations = await RoundTrip.AssertEveryTypeMutationWritesBackAsync(Fixtures.Read("datacosmos/create-order-response-paid.json"), OrderEnvelope.CreateFromDiscriminatorValue);

        Assert.True(mutations > 200, $"{mutations} mutations");
    }

    [Fact]
    public async Task Every_value_of_the_recorded_search_page_replaced_by_each_other_JSON_type_reads_and_writes_back()
    {
        var mutations = await RoundTrip.AssertEveryTypeMutationWritesBackAsync(SearchExample(), StacItemCollection.CreateFromDiscriminatorValue);

        Assert.True(mutations > 500, $"{mutations} mutations");
    }

    [Fact]
    public async Task Every_type_confused_search_page_is_images_or_an_error_naming_the_search_and_the_field()
    {
        var stub = new StubHttpHandler();
        var ordering = new DataCosmosOrdering(new DataCosmosClient(AnonymousAdapter.Create(stub)), new DataCosmosOptions());
        var failures = new List<string>();
        var images = 0;

        foreach (var (path, json) in JsonGen.TypeMutations(SearchExample()))
        {
            stub.Respond(HttpMethod.Post, SearchUrl, HttpStatusCode.OK, json);
            try
            {
                // The recorded page links a next page; the stub would answer it with the same page, so one image is enough.
                images += await ordering.SearchAsync(FacadeSearchTests.Toulouse, FacadeSearchTests.From, FacadeSearchTests.To, options: new DataCosmosSearchOptions { MaxItems = 1 }).CountAsync();
            }
            catch (ImageryApiException error)
            {
                // A page without a readable image asks for the next page, which the stub answers with the same cursor.
                var loopStopped = error is { Operation: "searchItems", Field: "links" } && error.Message.Contains("that same page again", StringComparison.Ordinal);
                failures.Add(loopStopped ? "links" : MutatedAnswers.AssertNamesTheMutatedField(error, "searchItems", path));
            }
        }

        Assert.True(images > 0, "no mutation read as images");
        Assert.Contains("links", failures);
        Assert.Contains(failures, field => field.StartsWith("features", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_next_link_that_asks_for_the_same_page_again_ends_the_search_with_an_error_not_a_loop()
    {
        // The one feature's collection is a number, so the page yields no image and the facade asks for the next one.
        var page = SearchExample().Replace("\"collection\": \"sentinel-s2-l2a-cogs\"", "\"collection\": 30", StringComparison.Ordinal);
        Assert.NotEqual(SearchExample(), page);
        var stub = new StubHttpHandler().Respond(HttpMethod.Post, SearchUrl, HttpStatusCode.OK, page);
        var ordering = new DataCosmosOrdering(new DataCosmosClient(AnonymousAdapter.Create(stub)), new DataCosmosOptions());

        var error = await Assert.ThrowsAsync<ImageryApiException>(async () => await ordering.SearchAsync(FacadeSearchTests.Toulouse, FacadeSearchTests.From, FacadeSearchTests.To).CountAsync());

        Assert.Equal("links", error.Field);
        Assert.Contains("cursor 'L2A-30-T-TK-2023-5-4-0'", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, stub.Received.Count);
    }

    [Fact]
    public async Task Every_type_confused_order_answer_is_an_order_or_an_error_naming_getOrder_and_the_field()
    {
        var stub = new StubHttpHandler();
        var ordering = new DataCosmosOrdering(new DataCosmosClient(AnonymousAdapter.Create(stub)), new DataCosmosOptions());
        var failures = new List<string>();

        foreach (var (path, json) in JsonGen.TypeMutations(Fixtures.Read("datacosmos/create-order-response-paid.json")))
        {
            stub.Respond(HttpMethod.Get, OrderUrl, HttpStatusCode.OK, json);
            try
            {
                await ordering.GetOrderAsync(OrderId);
            }
            catch (ImageryApiException error)
            {
                failures.Add(MutatedAnswers.AssertNamesTheMutatedField(error, "getOrder", path));
            }
        }

        Assert.Contains("data", failures);
        Assert.Contains("data.id", failures);
        Assert.Contains("data.status", failures);
    }

    [Fact]
    public void An_order_answer_cut_anywhere_is_an_unreadable_answer_naming_where_it_broke()
    {
        var json = Fixtures.Read("datacosmos/create-order-response-paid.json").TrimEnd();
        var stub = new StubHttpHandler();
        var ordering = new DataCosmosOrdering(new DataCosmosClient(AnonymousAdapter.Create(stub)), new DataCosmosOptions());

        Gen.Int[1, json.Length - 1].Sample(length =>
        {
            stub.Respond(HttpMethod.Get, OrderUrl, HttpStatusCode.OK, json[..length]);

            var error = Assert.ThrowsAsync<ImageryApiException>(() => ordering.GetOrderAsync(OrderId)).GetAwaiter().GetResult();

            Assert.Equal(ImageryFailureKind.UnreadableResponse, error.Kind);
            Assert.Equal("getOrder", error.Operation);
            Assert.StartsWith("$", error.Field);
        }, iter: 300);
    }
}
