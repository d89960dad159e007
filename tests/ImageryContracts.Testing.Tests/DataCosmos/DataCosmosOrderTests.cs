using System.Net;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ImageryContracts.Testing.Tests.DataCosmos;

public sealed class DataCosmosOrderTests
{
    private const string Geometry = ""","geometry":{"type":"Polygon","coordinates":[[[-70.7,-33.5],[-70.6,-33.5],[-70.6,-33.4],[-70.7,-33.4],[-70.7,-33.5]]]}""";

    [Fact]
    public async Task An_order_is_created_unpaid_and_checkout_with_enough_credits_pays_it_at_once()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = new DataCosmosHttp(sim);
        await http.AuthenticateAsync();

        var order = await http.CreateOrderAsync(http.Order(DataCosmosHttp.Line(DataCosmosCatalogueItem.Sentinel2)));
        var id = (string)order["id"]!;
        var checkout = await http.CheckoutAsync(id);
        var details = (await SimulatorHttp.JsonAsync(await http.GetAsync($"/v0/order/orders/{id}")))["data"]!;

        Assert.Equal("UNPAID", (string)order["status"]!);
        Assert.Equal("IMAGE", (string)order["type"]!);
        Assert.NotNull(order["order_line_items"]![0]!["id"]);
        Assert.Equal("", (string)checkout["checkout_url"]!);
        Assert.Equal("PAID", (string)checkout["status"]!);
        Assert.Equal("NOT_REQUIRED", (string)checkout["payment_method"]!);
        Assert.Equal("PAID", (string)details["status"]!);
        Assert.Equal("", (string)details["payment_reference_number"]!);
        Assert.Equal("", (string)details["checkout_redirect_url"]!);
        Assert.Equal(10_000m - 251.25m, sim.Credits());
    }

    [Fact]
    public async Task Checkout_without_enough_credits_returns_a_card_payment_link_and_charges_nothing()
    {
        await using var sim = await DataCosmosSimulator.StartAsync(new DataCosmosSimulatorOptions
        {
            Organisations = [DataCosmosOrganisation.Default with { Credits = 100m }],
        });
        using var http = new DataCosmosHttp(sim);
        await http.AuthenticateAsync();
        var id = (string)(await http.CreateOrderAsync(http.Order(DataCosmosHttp.Line(DataCosmosCatalogueItem.Sentinel2))))["id"]!;

        var checkout = await http.CheckoutAsync(id);
        var unpaid = (await SimulatorHttp.JsonAsync(await http.GetAsync($"/v0/order/orders/{id}")))["data"]!;
        sim.CompleteCardPayment(Guid.Parse(id));
        var paid = (await SimulatorHttp.JsonAsync(await http.GetAsync($"/v0/order/orders/{id}")))["data"]!;
        var again = await http.PostAsync($"/v0/order/orders/{id}/checkout", "");

        Assert.Equal($"{sim.RootUrl}/simulator/stripe/checkout/{id}", (string)checkout["checkout_url"]!);
        Assert.Equal("CARD", (string)checkout["payment_method"]!);
        Assert.Equal("UNPAID", (string)unpaid["status"]!);
        Assert.Equal((string)checkout["checkout_url"]!, (string)unpaid["checkout_redirect_url"]!);
        Assert.Equal("PAID", (string)paid["status"]!);
        Assert.Equal("CARD", (string)paid["payment_method"]!);
        Assert.StartsWith("pi_sim_", (string)paid["payment_reference_number"]!);
        Assert.Equal(100m, sim.Credits());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("is PAID and cannot be checked out", (string)(await SimulatorHttp.JsonAsync(again))["errors"]![0]!["message"]!);
    }

    [Fact]
    public async Task Paying_at_creation_follows_the_newer_purchasing_pages_when_asked()
    {
        await using var sim = await DataCosmosSimulator.StartAsync(new DataCosmosSimulatorOptions { PayOnCreateWhenCreditsCover = true });
        using var http = new DataCosmosHttp(sim);
        await http.AuthenticateAsync();

        var order = await http.CreateOrderAsync(http.Order(DataCosmosHttp.Line(DataCosmosCatalogueItem.Mantis)));

        Assert.Equal("PAID", (string)order["status"]!);
        Assert.Equal("NOT_REQUIRED", (string)order["payment_method"]!);
        Assert.Equal(10_000m - 62.5m, sim.Credits());
    }

    [Fact]
    public async Task Orders_are_listed_and_reach_cancelled_by_the_test_or_by_expiry()
    {
        var time = new FakeTimeProvider();
        await using var sim = await DataCosmosSimulator.StartAsync(new DataCosmosSimulatorOptions { TimeProvider = time, TokenLifetime = TimeSpan.FromDays(1), UnpaidOrderExpiry = TimeSpan.FromHours(1) });
        using var http = new DataCosmosHttp(sim);
        await http.AuthenticateAsync();
        var cancelled = (string)(await http.CreateOrderAsync(http.Order(DataCosmosHttp.Line(DataCosmosCatalogueItem.Sentinel2))))["id"]!;
        time.Advance(TimeSpan.FromMinutes(30));
        var expiring = (string)(await http.CreateOrderAsync(http.Order(DataCosmosHttp.Line(DataCosmosCatalogueItem.Mantis))))["id"]!;

        sim.CancelOrder(Guid.Parse(cancelled));
        time.Advance(TimeSpan.FromHours(1));
        var list = (await SimulatorHttp.JsonAsync(await http.GetAsync("/v0/order/orders")))["data"]!.AsArray();
        var checkout = await http.PostAsync($"/v0/order/orders/{expiring}/checkout", "");

        Assert.Equal([cancelled, expiring], list.Select(order => (string)order!["id"]!));
        Assert.All(list, order => Assert.Equal("CANCELLED", (string)order!["status"]!));
        Assert.Equal(HttpStatusCode.Conflict, checkout.StatusCode);
        Assert.Contains("cannot be cancelled (it is CANCELLED)", Assert.Throws<InvalidOperationException>(() => sim.CancelOrder(Guid.Parse(cancelled))).Message);
    }

    [Fact]
    public async Task A_geometry_without_project_id_is_refused_naming_both_fields()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = new DataCosmosHttp(sim);
        await http.AuthenticateAsync();

        var alone = await http.PostAsync("/v0/order/orders", http.Order(DataCosmosHttp.Line(DataCosmosCatalogueItem.Sentinel2, Geometry)));
        var paired = await http.PostAsync("/v0/order/orders", http.Order(DataCosmosHttp.Line(DataCosmosCatalogueItem.Sentinel2, Geometry + ""","project_id":"p-1" """)));

        Assert.Equal(HttpStatusCode.BadRequest, alone.StatusCode);
        var error = (await SimulatorHttp.JsonAsync(alone))["errors"]![0]!;
        Assert.Contains("geometry is set without project_id", (string)error["message"]!);
        Assert.Equal("data/order_line_items/0/geometry", (string)error["field"]!);
        Assert.Equal("validation", (string)error["type"]!);
        Assert.Equal(HttpStatusCode.OK, paired.StatusCode);
        Assert.Single(sim.Requests.CreatedOrders);
    }

    [Fact]
    public async Task A_licence_not_accepted_an_unknown_item_and_a_foreign_contract_are_refused()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = new DataCosmosHttp(sim);
        await http.AuthenticateAsync();
        const string licence = ""","licenses":[{"license_link":"https://example.org/eula","license_name":"EULA","license_version":"1.0","accepted":false}]""";
        var unknown = new DataCosmosCatalogueItem("sentinel-2-l2a", "S2B_UNKNOWN", "L2A", "Sentinel-2B", 1);

        var notAccepted = await http.PostAsync("/v0/order/orders", http.Order(DataCosmosHttp.Line(DataCosmosCatalogueItem.Sentinel2), extra: licence));
        var unknownItem = await http.PostAsync("/v0/order/orders", http.Order(DataCosmosHttp.Line(unknown)));
        var foreignContract = await http.PostAsync("/v0/order/orders", http.Order(DataCosmosHttp.Line(DataCosmosCatalogueItem.Sentinel2), contractId: 7));
        var emptyOrder = await http.PostAsync("/v0/order/orders", http.Order(""));

        Assert.Contains("accepted is false, but DataCosmos proceeds only when it is true", (string)(await SimulatorHttp.JsonAsync(notAccepted))["errors"]![0]!["message"]!);
        Assert.Contains("Item 'S2B_UNKNOWN' of collection 'sentinel-2-l2a' is not in the simulator's catalogue", (string)(await SimulatorHttp.JsonAsync(unknownItem))["errors"]![0]!["message"]!);
        Assert.Contains("contract_id 7 is not an active contract of organisation 434", (string)(await SimulatorHttp.JsonAsync(foreignContract))["errors"]![0]!["message"]!);
        Assert.Equal(HttpStatusCode.BadRequest, emptyOrder.StatusCode);
        Assert.Empty(sim.Requests.CreatedOrders);
    }
}
