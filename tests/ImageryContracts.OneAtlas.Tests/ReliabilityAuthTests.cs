using ImageryContracts.OneAtlas.Models;
using ImageryContracts.Testing.OneAtlas;
using Microsoft.Extensions.Time.Testing;

namespace ImageryContracts.OneAtlas.Tests;

public sealed class ReliabilityAuthTests
{
    [Fact]
    public async Task Many_concurrent_calls_after_expiry_make_one_token_request()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await FacadeHarness.StartAsync(new OneAtlasSimulatorOptions { TimeProvider = time }, clientTime: time);
        var request = new OrderRequest { Kind = OrderKind.DataProduct, Products = [FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades)] };
        await harness.Ordering.PriceAsync(request);

        time.Advance(TimeSpan.FromHours(2));
        await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => harness.Ordering.PriceAsync(request)));

        Assert.Equal(2, harness.TokenRequests);
        Assert.DoesNotContain(harness.Simulator.Requests, recorded => recorded.StatusCode == 401);
    }

    [Fact]
    public async Task A_token_the_vendor_expires_mid_workflow_is_refreshed_once_and_the_workflow_succeeds()
    {
        // The simulator's clock runs ahead of the client's: the client still trusts a token the vendor has expired.
        var vendorTime = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await FacadeHarness.StartAsync(new OneAtlasSimulatorOptions { TimeProvider = vendorTime });
        var placed = await harness.Ordering.PlaceOrderAsync(FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades));

        vendorTime.Advance(TimeSpan.FromHours(2));
        var delivered = await harness.Ordering.WaitForDeliveryAsync(placed.Order.Id!.Value);

        Assert.Equal(OrderStatus.Delivered, delivered.Status);
        Assert.Equal(2, harness.TokenRequests);
        Assert.Single(harness.Simulator.Requests, recorded => recorded.StatusCode == 401);
    }

    [Fact]
    public async Task Concurrent_calls_rejected_with_the_same_expired_token_share_one_refresh()
    {
        var vendorTime = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await FacadeHarness.StartAsync(new OneAtlasSimulatorOptions { TimeProvider = vendorTime });
        var placed = await harness.Ordering.PlaceOrderAsync(FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades));

        vendorTime.Advance(TimeSpan.FromHours(2));
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => harness.Ordering.Client.Api.V1.Orders[placed.Order.Id!.Value].GetAsync()));

        Assert.Equal(2, harness.TokenRequests);
    }
}
