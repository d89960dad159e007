using System.Net;
using System.Text.Json.Nodes;
using ImageryContracts.Testing.OneAtlas;
using ImageryContracts.Testing.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ImageryContracts.Testing.Tests.OneAtlas;

public sealed class OneAtlasOrderTests
{
    private static readonly string ToulouseOrder = OneAtlasHttp.Request(OneAtlasHttp.Product(OneAtlasCatalogueItem.ToulousePleiades));

    [Fact]
    public async Task An_order_starts_ordered_with_one_processing_delivery_per_product_and_charges_the_balance()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var order = await http.CreateOrderAsync(OneAtlasHttp.Request(
            OneAtlasHttp.Product(OneAtlasCatalogueItem.ToulousePleiades),
            OneAtlasHttp.Product(OneAtlasCatalogueItem.ToulouseSpot, "pansharpened", "DISPLAY")));

        Assert.Equal("ordered", (string)order["status"]!);
        var deliveries = order["deliveries"]!.AsArray();
        Assert.Equal(2, deliveries.Count);
        Assert.All(deliveries, delivery => Assert.Equal("processing", (string)delivery!["status"]!));
        Assert.All(deliveries, delivery => Assert.Equal(0, (double)delivery!["datas"]!["areaKm2"]!));
        Assert.Equal("SPOT", (string)deliveries[1]!["datas"]!["sensor"]!);
        Assert.Equal(444, (long)order["price"]!);
        Assert.Equal(OneAtlasAccount.Default.Balance - 444, sim.Balance());
        Assert.Equal($"{sim.BaseUrl}/api/v1/orders/{order["id"]}", (string)order["_links"]!["self"]!["href"]!);
        Assert.Single(sim.Requests.CreatedOrders);
    }

    [Fact]
    public async Task An_order_is_delivered_after_the_configured_number_of_polls()
    {
        await using var sim = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { DeliverAfterPolls = 3 });
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var id = (string)(await http.CreateOrderAsync(ToulouseOrder))["id"]!;

        var statuses = new List<string>();
        for (var poll = 0; poll < 3; poll++)
        {
            statuses.Add((string)(await OneAtlasHttp.JsonAsync(await http.GetAsync($"/api/v1/orders/{id}")))["status"]!);
        }

        Assert.Equal(["ordered", "ordered", "delivered"], statuses);
        var delivered = await OneAtlasHttp.JsonAsync(await http.GetAsync($"/api/v1/orders/{id}"));
        var delivery = delivered["deliveries"]![0]!;
        Assert.Equal("delivered", (string)delivery["status"]!);
        Assert.Equal("31.74", (string)delivery["area"]!);
        Assert.Equal(31.74, (double)delivery["datas"]!["areaKm2"]!);
        Assert.NotNull(delivery["_links"]!["download"]);
        Assert.NotNull(delivery["deliveredAt"]);
    }

    [Fact]
    public async Task An_order_is_delivered_after_the_configured_delay_on_the_simulators_clock()
    {
        var time = new FakeTimeProvider();
        await using var sim = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions
        {
            TimeProvider = time,
            DeliverAfterPolls = null,
            DeliverAfter = TimeSpan.FromMinutes(3),
        });
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var id = (string)(await http.CreateOrderAsync(ToulouseOrder))["id"]!;

        var before = await OneAtlasHttp.JsonAsync(await http.GetAsync($"/api/v1/orders/{id}"));
        time.Advance(TimeSpan.FromMinutes(3));
        var after = await OneAtlasHttp.JsonAsync(await http.GetAsync($"/api/v1/orders/{id}"));

        Assert.Equal("ordered", (string)before["status"]!);
        Assert.Equal("delivered", (string)after["status"]!);
    }

    [Fact]
    public async Task An_order_the_balance_does_not_cover_is_rejected_and_not_charged()
    {
        await using var sim = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { Accounts = [new OneAtlasAccount("poor-key", 100)] });
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var order = await http.CreateOrderAsync(ToulouseOrder);

        Assert.Equal("rejected", (string)order["status"]!);
        Assert.Equal("rejected", (string)order["deliveries"]![0]!["status"]!);
        Assert.Contains("costs 222 credits and the balance is 100", (string)order["deliveries"]![0]!["message"]!);
        Assert.Equal(100, sim.Balance());
    }

    [Fact]
    public async Task A_test_can_put_an_order_in_error_before_it_is_delivered()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var id = Guid.Parse((string)(await http.CreateOrderAsync(ToulouseOrder))["id"]!);

        sim.FailOrder(id, "DEM_MISSING", "No elevation model for this area.");
        var order = await OneAtlasHttp.JsonAsync(await http.GetAsync($"/api/v1/orders/{id}"));
        var again = Assert.Throws<InvalidOperationException>(() => sim.FailOrder(id));

        Assert.Equal("error", (string)order["status"]!);
        Assert.Equal("DEM_MISSING", (string)order["deliveries"]![0]!["errorCode"]!);
        Assert.Contains("is no longer 'ordered' (it is Error)", again.Message);
    }

    [Fact]
    public async Task The_order_list_filters_by_status_and_kind_and_pages_newest_first()
    {
        await using var sim = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { DeliverAfterPolls = 1, ListCountLimit = 2 });
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var first = (string)(await http.CreateOrderAsync(ToulouseOrder))["id"]!;
        var second = (string)(await http.CreateOrderAsync(ToulouseOrder))["id"]!;
        var third = (string)(await http.CreateOrderAsync(ToulouseOrder))["id"]!;
        await http.GetAsync($"/api/v1/orders/{first}");

        var page1 = await OneAtlasHttp.JsonAsync(await http.GetAsync("/api/v1/orders?page=1&itemsPerPage=2"));
        var page2 = await OneAtlasHttp.JsonAsync(await http.GetAsync("/api/v1/orders?page=2&itemsPerPage=2"));
        var delivered = await OneAtlasHttp.JsonAsync(await http.GetAsync("/api/v1/orders?status=delivered"));
        var otherKind = await OneAtlasHttp.JsonAsync(await http.GetAsync("/api/v1/orders?kind=order.subscription.streaming"));
        var badPage = await http.GetAsync("/api/v1/orders?page=0");

        Assert.Equal([third, second], Ids(page1));
        Assert.Equal(0, (int)page1["startIndex"]!);
        Assert.Equal(2, (int)page1["itemsPerPage"]!);
        Assert.Equal(2, (int)page1["totalResults"]!);
        Assert.True((bool)page1["countLimitReached"]!);
        Assert.Equal([first], Ids(page2));
        Assert.Equal(2, (int)page2["startIndex"]!);
        Assert.Equal([first], Ids(delivered));
        Assert.False((bool)delivered["countLimitReached"]!);
        Assert.Empty(Ids(otherKind));
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.Contains("page 0", (string)(await OneAtlasHttp.JsonAsync(badPage))["message"]!);
    }

    [Fact]
    public async Task Deliveries_are_served_per_order_and_by_id()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var order = await http.CreateOrderAsync(ToulouseOrder);
        var deliveryId = (string)order["deliveries"]![0]!["id"]!;

        var list = JsonNode.Parse(await (await http.GetAsync($"/api/v1/orders/{order["id"]}/deliveries")).Content.ReadAsStringAsync())!.AsArray();
        var one = await OneAtlasHttp.JsonAsync(await http.GetAsync($"/api/v1/deliveries/{deliveryId}"));
        var missing = await http.GetAsync($"/api/v1/deliveries/{Guid.NewGuid()}");

        Assert.Equal(deliveryId, (string)list.Single()!["id"]!);
        Assert.Equal(deliveryId, (string)one["id"]!);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Cancel_is_refused_because_the_vendor_documents_no_outcome_and_unknown_orders_are_404()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var id = (string)(await http.CreateOrderAsync(ToulouseOrder))["id"]!;

        var cancel = await http.PostAsync($"/api/v1/orders/{id}/cancel", "");
        var unknown = await http.GetAsync($"/api/v1/orders/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
        Assert.Contains("documents no cancellation outcome", (string)(await OneAtlasHttp.JsonAsync(cancel))["message"]!);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("does not exist for this account", (string)(await OneAtlasHttp.JsonAsync(unknown))["message"]!);
    }

    [Fact]
    public async Task Accounts_see_only_their_own_orders()
    {
        await using var sim = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions
        {
            Accounts = [new OneAtlasAccount("key-a", 10_000), new OneAtlasAccount("key-b", 10_000)],
        });
        using var a = new OneAtlasHttp(sim);
        using var b = new OneAtlasHttp(sim);
        await a.AuthenticateAsync();
        var bToken = await OneAtlasHttp.JsonAsync(await b.TokenAsync("key-b"));
        b.Client.DefaultRequestHeaders.Authorization = new("Bearer", (string)bToken["access_token"]!);
        var id = (string)(await a.CreateOrderAsync(ToulouseOrder))["id"]!;

        var seenByB = await b.GetAsync($"/api/v1/orders/{id}");

        Assert.Equal(HttpStatusCode.NotFound, seenByB.StatusCode);
        Assert.Equal(10_000 - 222, sim.Balance("key-a"));
        Assert.Equal(10_000, sim.Balance("key-b"));
    }

    [Fact]
    public async Task Concurrent_orders_never_overdraw_the_balance()
    {
        await using var sim = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { Accounts = [new OneAtlasAccount("key", 222 * 10)] });
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var orders = await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => http.CreateOrderAsync(ToulouseOrder)));

        Assert.Equal(10, orders.Count(order => (string)order["status"]! == "ordered"));
        Assert.Equal(15, orders.Count(order => (string)order["status"]! == "rejected"));
        Assert.Equal(0, sim.Balance());
        Assert.Equal(25, sim.Requests.CreatedOrders.Count);
    }

    private static string[] Ids(JsonObject page) => page["items"]!.AsArray().Select(order => (string)order!["id"]!).ToArray();
}
