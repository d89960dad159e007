using ImageryContracts.FacadeTestKit;
using ImageryContracts.Geometry;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.Polling;
using ImageryContracts.Testing.OneAtlas;
using ImageryContracts.Validation;

namespace ImageryContracts.OneAtlas.Tests;

public sealed class FacadeOrderingTests
{
    [Fact]
    public async Task Prices_orders_and_follows_one_product_to_delivered_with_progress()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var ordering = harness.Ordering;
        var product = FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades);

        var price = await ordering.PriceAsync(new OrderRequest { Kind = OrderKind.DataProduct, Products = [product] });
        var placed = await ordering.PlaceOrderAsync(product);
        var polls = new List<PollProgress<Order>>();
        var delivered = await ordering.WaitForDeliveryAsync(placed.Order.Id!.Value, new SynchronousProgress<PollProgress<Order>>(polls.Add));

        Assert.Equal(222, price.Price!.Amount);
        Assert.Equal(OrderStatus.Ordered, placed.Order.Status);
        Assert.Equal(1, placed.SendAttempts);
        Assert.False(placed.FoundByLookup);
        Assert.StartsWith("tagged imagery", placed.OrderReference, StringComparison.Ordinal);
        Assert.Contains(placed.OrderReference["tagged ".Length..], placed.Order.Payload!.Tags!);
        Assert.Equal(OrderStatus.Delivered, delivered.Status);
        Assert.Equal([PollDecision.KeepWaiting, PollDecision.Done], polls.Select(poll => poll.Decision).Skip(polls.Count - 2));
        Assert.Equal(PollDecision.Done, polls[^1].Decision);
        Assert.Single(harness.Simulator.Requests.CreatedOrders);
    }

    [Fact]
    public async Task A_product_list_is_one_order_with_one_delivery_per_product()
    {
        await using var harness = await FacadeHarness.StartAsync();

        var placed = await harness.Ordering.PlaceOrderAsync(
        [
            FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades),
            FacadeHarness.Product(OneAtlasCatalogueItem.ToulouseSpot, ProductType.Pansharpened, RadiometricProcessing.Display),
        ]);

        Assert.Equal(2, placed.Order.Deliveries!.Count);
        Assert.Single(harness.Simulator.Requests.CreatedOrders);
    }

    [Fact]
    public async Task Invalid_requests_fail_before_sending_with_every_violation_listed()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var tiny = new GeoJsonPolygon([new(1.40, 43.60), new(1.40, 43.601), new(1.401, 43.601), new(1.401, 43.60), new(1.40, 43.60)]);
        var request = new OrderRequest
        {
            Kind = OrderKind.DataProduct,
            Products = [FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiadesNeo, ProductType.BundleFs, RadiometricProcessing.Basic16, tiny)],
            Tags = ["survey 2024"],
        };

        var error = await Assert.ThrowsAsync<ImageryValidationException>(() => harness.Ordering.PlaceOrderAsync(request, clientReference: null));

        Assert.Equal(["IMG1001", "IMG1004", "pattern"], error.Problems.Select(problem => problem.RuleId).Order(StringComparer.Ordinal));
        Assert.Contains("BASIC16", error.Message);
        Assert.Contains("bundle-fs", error.Message);
        Assert.Contains("under OneAtlas' minimum of 0.1 km²", error.Message);
        Assert.Contains("Tag 'survey 2024' is not letters only", error.Message);
        Assert.Empty(harness.Simulator.Requests);
    }

    [Fact]
    public async Task A_request_is_not_changed_by_tagging()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var request = new OrderRequest { Kind = OrderKind.DataProduct, Products = [FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades)], Tags = ["survey"] };

        var placed = await harness.Ordering.PlaceOrderAsync(request, "mytag");

        Assert.Equal(["survey"], request.Tags);
        Assert.Equal(["survey", "mytag"], placed.Order.Payload!.Tags);
    }

    [Fact]
    public async Task Listing_walks_every_page_one_page_at_a_time()
    {
        await using var harness = await FacadeHarness.StartAsync(settings: new Dictionary<string, string?> { ["OneAtlas:ListPageSize"] = "3" });
        var placed = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            placed.Add((await harness.Ordering.PlaceOrderAsync(FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades))).Order.Id!.Value);
        }

        var pagesBefore = harness.Simulator.Requests.To("GET /api/v1/orders").Count;
        var listed = new List<Guid>();
        await foreach (var order in harness.Ordering.ListOrdersAsync())
        {
            listed.Add(order.Id!.Value);
        }

        Assert.Equal(placed.AsEnumerable().Reverse(), listed);
        Assert.Equal(3, harness.Simulator.Requests.To("GET /api/v1/orders").Count - pagesBefore);
    }

    [Fact]
    public async Task Listing_filters_by_status()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var kept = await harness.Ordering.PlaceOrderAsync(FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades));
        var failed = await harness.Ordering.PlaceOrderAsync(FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades));
        harness.Simulator.FailOrder(failed.Order.Id!.Value);

        var errors = await harness.Ordering.ListOrdersAsync(OrderStatus.Error).ToListAsync();

        Assert.Equal([failed.Order.Id], errors.Select(order => order.Id));
        Assert.NotEqual(kept.Order.Id, failed.Order.Id);
    }

    [Fact]
    public async Task Waiting_stops_with_the_failed_state_when_production_fails()
    {
        await using var harness = await FacadeHarness.StartAsync(new OneAtlasSimulatorOptions { DeliverAfterPolls = 50 });
        var placed = await harness.Ordering.PlaceOrderAsync(FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades));
        harness.Simulator.FailOrder(placed.Order.Id!.Value);

        var failure = await Assert.ThrowsAsync<PollFailedException>(() => harness.Ordering.WaitForDeliveryAsync(placed.Order.Id!.Value));

        Assert.Equal(PollDecision.Failed, failure.Decision);
        Assert.Contains($"order {placed.Order.Id} error", failure.Message);
    }

    [Fact]
    public async Task Waiting_honours_cancellation()
    {
        await using var harness = await FacadeHarness.StartAsync(new OneAtlasSimulatorOptions { DeliverAfterPolls = null });
        var placed = await harness.Ordering.PlaceOrderAsync(FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades));
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress<PollProgress<Order>>(poll =>
        {
            if (poll.Attempt == 3)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Ordering.WaitForDeliveryAsync(placed.Order.Id!.Value, progress, cancellation.Token));
    }
}
