namespace ImageryContracts.Specs.Tests;

/// <summary>
/// The DataCosmos spec's enums and rules equal the vendor's tables (seed 002) and the rules of the purchasing page
/// (facts sheet §6), written out here literally.
/// </summary>
public sealed class DataCosmosRuleTableTests
{
    private static readonly Spec Spec = Spec.DataCosmos;

    [Fact]
    public void Order_statuses_match_the_seed_table()
    {
        Assert.Equal(["UNPAID", "PAID", "CANCELLED"], Spec.Schema("OrderStatus").Enum());
    }

    [Fact]
    public void Payment_methods_match_the_seed_table()
    {
        var method = Spec.Schema("PaymentMethod");

        Assert.Equal(["CARD", "BANK_TRANSFER", "NOT_REQUIRED"], method.Enum());
        Assert.Equal(["Card", "BankTransfer", "NotRequired"], method["x-enum-varnames"].Strings());
    }

    [Fact]
    public void The_only_documented_order_type_is_image()
    {
        Assert.Equal(["IMAGE"], Spec.Schema("OrderType").Enum());
    }

    [Fact]
    public void Geometry_and_project_id_are_set_together()
    {
        var groups = Spec.Schema("OrderLineItem")["x-imagery-requires-together"]!.AsArray().Select(g => g.Strings());

        Assert.Equal([["geometry", "project_id"]], groups);
    }

    [Fact]
    public void A_licence_must_be_accepted()
    {
        Assert.True(Spec.Schema("License")["properties"]!["accepted"]!["x-imagery-must-equal"]!.GetValue<bool>());
    }

    [Fact]
    public void Money_stays_a_decimal_string_on_the_wire()
    {
        var price = Spec.Schema("CatalogPrice")["properties"]!;

        foreach (var member in new[] { "value", "final" })
        {
            Assert.Equal("string", price[member]!["type"]!.GetValue<string>());
            Assert.Equal("decimal", price[member]!["x-imagery-clr-type"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Ids_are_integers_or_strings_as_the_vendor_sends_them()
    {
        string TypeOf(string schema, string property) =>
            Spec.Schema(schema)["properties"]![property]!["type"]!.GetValue<string>();

        Assert.Equal("integer", TypeOf("CreateOrderRequest", "organisation"));
        Assert.Equal("integer", TypeOf("CreateOrderRequest", "contract_id"));
        Assert.Equal("integer", TypeOf("Order", "organisation_id"));
        Assert.Equal("integer", TypeOf("Policy", "contract_id"));
        Assert.Equal("string", TypeOf("Order", "id"));
        Assert.Equal("string", TypeOf("Order", "customer_id"));
        Assert.Equal("string", TypeOf("OrderLineItem", "project_id"));
    }

    [Fact]
    public void Errors_may_be_null_in_every_envelope()
    {
        foreach (var envelope in new[] { "PolicyList", "PriceResult", "OrderEnvelope", "OrderList", "CheckoutResult", "ErrorEnvelope" })
        {
            Assert.True(Spec.Schema(envelope)["properties"]!["errors"]!["nullable"]!.GetValue<bool>(), envelope);
        }
    }

    [Fact]
    public void Every_operation_is_in_the_spec_and_the_undocumented_ones_say_so()
    {
        var operations = Spec.Tree.Operations().ToList();

        Assert.Equal(
            new[]
            {
                "getAccessToken POST /oauth/token",
                "listPolicies GET /v1/dpap/organisations/{organisation_id}/policies",
                "getCatalogPrice GET /v1/dpap/policies/{policy_id}/catalog/price",
                "getOrderPrice GET /v0/order/price",
                "createOrder POST /v0/order/orders",
                "listOrders GET /v0/order/orders",
                "getOrder GET /v0/order/orders/{order_id}",
                "checkoutOrder POST /v0/order/orders/{order_id}/checkout",
                "searchItemsByQuery GET /v0/stac/search",
                "searchItems POST /v0/stac/search",
                "getItem GET /v0/stac/collections/{collection}/items/{item}",
                "getCatalogAsset GET /v0/storage/catalog/{collection}/{year}/{month}/{day}/{item}/{asset}",
            }.Order(StringComparer.Ordinal),
            operations.Select(o => $"{o.Operation["operationId"]} {o.Method.ToUpperInvariant()} {o.Path}").Order(StringComparer.Ordinal));
        Assert.Equal(
            new[] { "checkoutOrder", "getCatalogAsset", "getCatalogPrice", "getOrder", "listOrders" },
            operations.Where(o => o.Operation["x-imagery-assumed"] is not null)
                .Select(o => o.Operation["operationId"]!.GetValue<string>())
                .Order(StringComparer.Ordinal));
    }
}
