using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.Faults;

namespace ImageryContracts.DataCosmos.Tests;

public sealed class ReliabilityCheckoutTests
{
    private const string CheckoutRoute = "POST /v0/order/orders/{order_id}/checkout";

    [Theory]
    [InlineData(FaultKind.ConnectionReset)]
    [InlineData(FaultKind.ServiceUnavailable)]
    [InlineData(FaultKind.MalformedJson)]
    public async Task A_checkout_whose_answer_is_lost_is_settled_by_reading_the_order_and_paid_once(FaultKind lost)
    {
        await using var harness = await FacadeHarness.StartAsync();
        var placed = await harness.Ordering.PlaceOrderAsync(FacadeHarness.LineItem(DataCosmosCatalogueItem.Sentinel2));
        var creditsBefore = harness.Simulator.Credits();
        harness.Simulator.Faults.Next(1, CheckoutRoute, new Fault(lost) { AfterProcessing = true, RetryAfter = TimeSpan.Zero });

        var checkout = await harness.Ordering.CheckoutAsync(placed.Order.Id!.Value);

        Assert.Equal(OrderStatus.Paid, checkout.Status);
        Assert.Single(harness.Simulator.Requests.To(CheckoutRoute));
        Assert.Equal(251.25m, creditsBefore - harness.Simulator.Credits());
    }

    [Fact]
    public async Task A_checkout_refused_before_processing_is_resent_once_the_order_shows_unpaid()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var placed = await harness.Ordering.PlaceOrderAsync(FacadeHarness.LineItem(DataCosmosCatalogueItem.Sentinel2));
        harness.Simulator.Faults.Next(1, CheckoutRoute, new Fault(FaultKind.ServiceUnavailable) { RetryAfter = TimeSpan.Zero });

        var checkout = await harness.Ordering.CheckoutAsync(placed.Order.Id!.Value);

        Assert.Equal(OrderStatus.Paid, checkout.Status);
        Assert.Equal([503, 200], harness.Simulator.Requests.To(CheckoutRoute).Select(recorded => recorded.StatusCode));
    }
}
