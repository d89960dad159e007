using ImageryContracts.ClientTestKit;
using ImageryContracts.OneAtlas.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>
/// Every OneAtlas fixture, the seed's examples and the negative ones alike, reads into the generated models with Kiota's
/// JSON parse node and writes back to the same JSON: nothing the vendor sends is lost, not even values the spec rejects.
/// </summary>
public sealed class ClientRoundTripTests
{
    /// <summary>Each fixture and the model its operation reads or writes.</summary>
    private static readonly Dictionary<string, Func<string, bool, Task<IParsable>>> ModelOf = new()
    {
        ["oneatlas/price-request.json"] = RoundTrip.Parser(OrderRequest.CreateFromDiscriminatorValue),
        ["oneatlas/price-request-call.json"] = RoundTrip.Parser(OrderRequest.CreateFromDiscriminatorValue),
        ["oneatlas/price-response.json"] = RoundTrip.Parser(PriceResponse.CreateFromDiscriminatorValue),
        ["oneatlas/order-request.json"] = RoundTrip.Parser(OrderRequest.CreateFromDiscriminatorValue),
        ["oneatlas/order-response.json"] = RoundTrip.Parser(Order.CreateFromDiscriminatorValue),
        ["oneatlas/product-list-order-request.json"] = RoundTrip.Parser(OrderRequest.CreateFromDiscriminatorValue),
        ["oneatlas/product-list-order-response.json"] = RoundTrip.Parser(Order.CreateFromDiscriminatorValue),
        ["oneatlas/orders-list-response.json"] = RoundTrip.Parser(OrderList.CreateFromDiscriminatorValue),
        ["oneatlas/invalid/price-request-python-kind-order-product.json"] = RoundTrip.Parser(OrderRequest.CreateFromDiscriminatorValue),
        ["oneatlas/invalid/order-request-product-type-unknown.json"] = RoundTrip.Parser(OrderRequest.CreateFromDiscriminatorValue),
        ["oneatlas/invalid/order-request-crs-code-missing.json"] = RoundTrip.Parser(OrderRequest.CreateFromDiscriminatorValue),
        ["oneatlas/invalid/order-request-crs-code-utm-zone-61.json"] = RoundTrip.Parser(OrderRequest.CreateFromDiscriminatorValue),
        ["oneatlas/invalid/price-response-area-km2-string.json"] = RoundTrip.Parser(PriceResponse.CreateFromDiscriminatorValue),
        ["oneatlas/invalid/order-response-is-amount-estimated-boolean.json"] = RoundTrip.Parser(Order.CreateFromDiscriminatorValue),
        ["oneatlas/invalid/order-response-status-unknown.json"] = RoundTrip.Parser(Order.CreateFromDiscriminatorValue),
    };

    /// <summary>Each recorded example of <c>../shared/vendor-facts/examples/oneatlas/</c> and the model it is (v1 search maps to v2's models).</summary>
    private static readonly Dictionary<string, Func<string, bool, Task<IParsable>>> ExampleModelOf = new()
    {
        ["search-response-v1-get-bbox-sf-2020.capture-excerpt.json"] = RoundTrip.Parser(SearchResponse.CreateFromDiscriminatorValue),
        ["search-response-v2-post-pneo-album.REF-example.json"] = RoundTrip.Parser(SearchResponse.CreateFromDiscriminatorValue),
        ["search-request-v2-post-pneo.REF-example.json"] = RoundTrip.Parser(SearchOptions.CreateFromDiscriminatorValue),
        ["search-request-v1-post-public-lisbon.dkw-notebook.json"] = RoundTrip.Parser(SearchOptions.CreateFromDiscriminatorValue),
        ["opensearch-domains-response.REF-example.json"] = RoundTrip.Parser(SearchDomain.CreateFromDiscriminatorValue),
        ["order-delivery-delivered-links.vendor-doc-excerpt.json"] = RoundTrip.Parser(Delivery.CreateFromDiscriminatorValue),
    };

    public static TheoryData<string> FixtureNames => [.. ModelOf.Keys];

    public static TheoryData<string> ExampleNames => [.. ExampleModelOf.Keys];

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public Task Fixture_reads_and_writes_back_to_the_same_json(string fixture) =>
        RoundTrip.AssertWritesBackTheSameJsonAsync(fixture, ModelOf[fixture]);

    [Fact]
    public void Every_fixture_on_disk_has_a_round_trip() => RoundTrip.AssertEveryFixtureIsCovered("oneatlas", ModelOf);

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public async Task Recorded_vendor_example_reads_and_writes_back_to_the_same_json(string example)
    {
        var json = VendorExamples.Read(example);

        var model = await ExampleModelOf[example](json, false);
        var kiotas = await ExampleModelOf[example](json, true);

        JsonAssert.Equivalent(json, KiotaJson.Serialize(model));
        JsonAssert.Equivalent(json, KiotaJson.Serialize(kiotas, kiotas: true));
    }

    [Fact]
    public void Every_recorded_vendor_example_has_a_round_trip() =>
        Assert.Equal(ExampleModelOf.Keys.Order(StringComparer.Ordinal), VendorExamples.All().Order(StringComparer.Ordinal));

    [Fact]
    public async Task Typed_values_come_from_the_wire_strings_and_numbers()
    {
        var order = await KiotaJson.ParseAsync(Fixtures.Read("oneatlas/orders-list-response.json"), OrderList.CreateFromDiscriminatorValue);

        var first = Assert.Single(order.Items!);
        Assert.Equal(OrderStatus.Delivered, first.Status);
        Assert.Equal("order.data.product", first.Kind);
        Assert.False(first.IsAmountEstimated);
        var delivery = Assert.Single(first.Deliveries!);
        Assert.Equal(0.27m, delivery.Area);
        Assert.Equal("delivered", delivery.Status);
        Assert.Equal(Sensor.Pleiades, delivery.Datas!.Sensor);
        Assert.Equal(CrsCode.Wgs84, delivery.Datas.CrsCode);
        Assert.Equal(new DateTimeOffset(2020, 2, 18, 14, 52, 23, 706, TimeSpan.Zero).AddTicks(9420), first.CreatedAt);
    }

    [Fact]
    public async Task Polygon_coordinates_read_as_nested_lists_of_exact_doubles()
    {
        var request = await KiotaJson.ParseAsync(Fixtures.Read("oneatlas/price-request-call.json"), OrderRequest.CreateFromDiscriminatorValue);

        var ring = Assert.Single(Assert.Single(request.Products!).Aoi!.Coordinates!);
        Assert.Equal(5, ring.Count);
        Assert.Equal([1.4089965820312502, 43.59829500262717], ring[0]);
        Assert.Equal(PolygonType.Polygon, request.Products![0].Aoi!.Type);
    }

    [Fact]
    public async Task An_unknown_enum_value_is_kept_raw_and_written_back_once()
    {
        var order = await KiotaJson.ParseAsync(Fixtures.Read("oneatlas/invalid/order-response-status-unknown.json"), Order.CreateFromDiscriminatorValue);

        Assert.Null(order.Status);
        Assert.Equal("cancelled", Assert.IsType<UntypedString>(order.AdditionalData["status"]).GetValue());
        Assert.Contains("\"status\":\"cancelled\"", KiotaJson.Serialize(order));

        order.Status = OrderStatus.Rejected;

        Assert.False(order.AdditionalData.ContainsKey("status"));
        var json = KiotaJson.Serialize(order);
        Assert.Contains("\"status\":\"rejected\"", json);
        Assert.DoesNotContain("cancelled", json);
    }

    [Fact]
    public async Task A_wire_boolean_sent_as_a_json_boolean_is_kept_rather_than_dropped()
    {
        var order = await KiotaJson.ParseAsync(Fixtures.Read("oneatlas/invalid/order-response-is-amount-estimated-boolean.json"), Order.CreateFromDiscriminatorValue);

        Assert.Null(order.IsAmountEstimated);
        Assert.IsType<UntypedBoolean>(order.AdditionalData["isAmountEstimated"]);
    }

    [Fact]
    public async Task Fields_the_spec_does_not_know_are_kept()
    {
        var json = """{"kind":"order.data.product","products":[],"priority":{"level":3,"tags":["a"]},"newFlag":true}""";

        var request = await KiotaJson.ParseAsync(json, OrderRequest.CreateFromDiscriminatorValue);

        Assert.Equal(["newFlag", "priority"], request.AdditionalData.Keys.Order());
        JsonAssert.Equivalent(json, KiotaJson.Serialize(request));
    }

    [Fact]
    public void Money_and_flags_are_written_as_the_strings_the_wire_uses()
    {
        var delivery = new Delivery { Area = 31.730m, IsAmountEstimated = true };

        var json = KiotaJson.Serialize(delivery);

        Assert.Contains("\"area\":\"31.730\"", json);
        Assert.Contains("\"isAmountEstimated\":\"true\"", json);
    }
}
