using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Testing.DataCosmos;
using Microsoft.Extensions.Time.Testing;

namespace ImageryContracts.DataCosmos.Tests;

public sealed class ReliabilityAuthTests
{
    [Fact]
    public async Task Many_concurrent_calls_after_expiry_make_one_token_request()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await FacadeHarness.StartAsync(new DataCosmosSimulatorOptions { TimeProvider = time }, clientTime: time,
            new Dictionary<string, string?> { ["DataCosmos:ContractId"] = "42" });
        var item = DataCosmosCatalogueItem.Sentinel2;
        await harness.Ordering.PriceAsync(item.Collection, item.Item);

        time.Advance(TimeSpan.FromHours(2));
        await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => harness.Ordering.PriceAsync(item.Collection, item.Item)));

        Assert.Equal(2, harness.TokenRequests);
        Assert.DoesNotContain(harness.Simulator.Requests, recorded => recorded.StatusCode == 401);
    }

    [Fact]
    public async Task A_token_the_vendor_expires_mid_workflow_is_refreshed_once_and_the_workflow_succeeds()
    {
        var vendorTime = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await FacadeHarness.StartAsync(new DataCosmosSimulatorOptions { TimeProvider = vendorTime });
        var placed = await harness.Ordering.PlaceOrderAsync(FacadeHarness.LineItem(DataCosmosCatalogueItem.Sentinel2));

        vendorTime.Advance(TimeSpan.FromHours(2));
        await harness.Ordering.CheckoutAsync(placed.Order.Id!.Value);
        var paid = await harness.Ordering.WaitUntilPaidAsync(placed.Order.Id!.Value);

        Assert.Equal(OrderStatus.Paid, paid.Status);
        Assert.Equal(2, harness.TokenRequests);
        Assert.Single(harness.Simulator.Requests, recorded => recorded.StatusCode == 401);
    }
}
