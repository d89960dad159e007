using ImageryContracts.ClientTestKit;
using ImageryContracts.DataCosmos.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>
/// Every DataCosmos fixture, valid and negative, reads into the generated models with Kiota's JSON parse node and writes
/// back to the same JSON (a <c>null</c> member counts as absent: Kiota's parse node skips nulls).
/// </summary>
public sealed class ClientRoundTripTests
{
    private static readonly Dictionary<string, Func<string, bool, Task<IParsable>>> ModelOf = new()
    {
        ["datacosmos/token-request.json"] = RoundTrip.Parser(TokenRequest.CreateFromDiscriminatorValue),
        ["datacosmos/policies-response.json"] = RoundTrip.Parser(PolicyList.CreateFromDiscriminatorValue),
        ["datacosmos/price-response.json"] = RoundTrip.Parser(PriceResult.CreateFromDiscriminatorValue),
        ["datacosmos/create-order-request.json"] = RoundTrip.Parser(CreateOrderRequest.CreateFromDiscriminatorValue),
        ["datacosmos/create-order-request-clipped-with-licence.json"] = RoundTrip.Parser(CreateOrderRequest.CreateFromDiscriminatorValue),
        ["datacosmos/create-order-response-paid.json"] = RoundTrip.Parser(OrderEnvelope.CreateFromDiscriminatorValue),
        ["datacosmos/error-envelope.json"] = RoundTrip.Parser(ErrorEnvelope.CreateFromDiscriminatorValue),
        ["datacosmos/invalid/create-order-request-contract-id-missing.json"] = RoundTrip.Parser(CreateOrderRequest.CreateFromDiscriminatorValue),
        ["datacosmos/invalid/create-order-request-level-missing.json"] = RoundTrip.Parser(CreateOrderRequest.CreateFromDiscriminatorValue),
        ["datacosmos/invalid/create-order-request-organisation-string.json"] = RoundTrip.Parser(CreateOrderRequest.CreateFromDiscriminatorValue),
        ["datacosmos/invalid/create-order-request-type-unknown.json"] = RoundTrip.Parser(CreateOrderRequest.CreateFromDiscriminatorValue),
        ["datacosmos/invalid/create-order-response-payment-method-unknown.json"] = RoundTrip.Parser(OrderEnvelope.CreateFromDiscriminatorValue),
        ["datacosmos/invalid/create-order-response-status-unknown.json"] = RoundTrip.Parser(OrderEnvelope.CreateFromDiscriminatorValue),
        ["datacosmos/invalid/price-response-value-number.json"] = RoundTrip.Parser(PriceResult.CreateFromDiscriminatorValue),
    };

    public static TheoryData<string> FixtureNames => [.. ModelOf.Keys];

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public Task Fixture_reads_and_writes_back_to_the_same_json(string fixture) =>
        RoundTrip.AssertWritesBackTheSameJsonAsync(fixture, ModelOf[fixture]);

    [Fact]
    public void Every_fixture_on_disk_has_a_round_trip() => RoundTrip.AssertEveryFixtureIsCovered("datacosmos", ModelOf);

    [Fact]
    public async Task Money_reads_as_decimal_from_the_wire_strings()
    {
        var price = await KiotaJson.ParseAsync(Fixtures.Read("datacosmos/price-response.json"), PriceResult.CreateFromDiscriminatorValue);

        Assert.Equal(1655.18m, price.Data!.Value);
        Assert.Equal(1489.66m, price.Data.Final);
        Assert.Equal("EUR", price.Data.Currency);
    }

    [Fact]
    public async Task A_paid_order_reads_into_typed_enums_and_line_items()
    {
        var envelope = await KiotaJson.ParseAsync(Fixtures.Read("datacosmos/create-order-response-paid.json"), OrderEnvelope.CreateFromDiscriminatorValue);

        var order = envelope.Data!;
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal(PaymentMethod.NotRequired, order.PaymentMethod);
        Assert.Equal(OrderType.Image, order.Type);
        Assert.Equal("", order.CheckoutRedirectUrl);
        var item = Assert.Single(order.OrderLineItems!);
        Assert.Equal(Guid.Parse("0b9f5c7e-2a41-4d3b-9c8e-7f6a5b4c3d2e"), item.Id);
        Assert.Equal("L2A", item.Level);
        Assert.Empty(envelope.Errors!);
    }

    [Fact]
    public async Task A_number_where_the_spec_says_string_is_kept_raw()
    {
        var request = await KiotaJson.ParseAsync(Fixtures.Read("datacosmos/invalid/create-order-request-organisation-string.json"), CreateOrderRequest.CreateFromDiscriminatorValue);

        Assert.Null(request.Organisation);
        Assert.Equal("434", Assert.IsType<UntypedString>(request.AdditionalData["organisation"]).GetValue());
    }

    [Fact]
    public async Task The_clipped_line_item_carries_its_polygon_and_the_licence_its_acceptance()
    {
        var request = await KiotaJson.ParseAsync(Fixtures.Read("datacosmos/create-order-request-clipped-with-licence.json"), CreateOrderRequest.CreateFromDiscriminatorValue);

        var item = Assert.Single(request.Data!.OrderLineItems!);
        Assert.NotNull(item.ProjectId);
        Assert.Equal(5, Assert.Single(item.Geometry!.Coordinates!).Count);
        Assert.True(Assert.Single(request.Licenses!).Accepted);
    }
}
