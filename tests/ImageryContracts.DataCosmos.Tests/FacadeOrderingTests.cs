using ImageryContracts.DataCosmos.Models;
using ImageryContracts.FacadeTestKit;
using ImageryContracts.Polling;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Validation;

namespace ImageryContracts.DataCosmos.Tests;

public sealed class FacadeOrderingTests
{
    private static readonly DataCosmosCatalogueItem Sentinel2 = DataCosmosCatalogueItem.Sentinel2;

    [Fact]
    public async Task Prices_orders_checks_out_with_credits_and_sees_the_order_paid()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var ordering = harness.Ordering;

        var price = await ordering.PriceAsync(Sentinel2.Collection, Sentinel2.Item, Sentinel2.Level);
        var placed = await ordering.PlaceOrderAsync(FacadeHarness.LineItem(Sentinel2));
        var checkout = await ordering.CheckoutAsync(placed.Order.Id!.Value);
        var paid = await ordering.WaitUntilPaidAsync(placed.Order.Id!.Value);

        Assert.Equal("EUR", price.Currency);
        Assert.True(price.Value > 0);
        Assert.Equal(OrderStatus.Unpaid, placed.Order.Status);
        Assert.Equal(42, placed.Order.ContractId);
        Assert.Equal((OrderStatus.Paid, PaymentMethod.NotRequired, ""), (checkout.Status, checkout.PaymentMethod, checkout.CheckoutUrl));
        Assert.Equal(OrderStatus.Paid, paid.Status);
        Assert.Single(harness.Simulator.Requests.CreatedOrders);
    }

    [Fact]
    public async Task Without_enough_credits_checkout_gives_a_card_link_and_waiting_ends_when_the_card_pays()
    {
        var poor = DataCosmosOrganisation.Default with { Credits = 0m };
        await using var harness = await FacadeHarness.StartAsync(new DataCosmosSimulatorOptions { Organisations = [poor] });
        var placed = await harness.Ordering.PlaceOrderAsync(FacadeHarness.LineItem(Sentinel2));
        var orderId = placed.Order.Id!.Value;

        var checkout = await harness.Ordering.CheckoutAsync(orderId);
        var polls = new List<PollProgress<Order>>();
        var paid = await harness.Ordering.WaitUntilPaidAsync(orderId, new SynchronousProgress<PollProgress<Order>>(poll =>
        {
            polls.Add(poll);
            if (poll.Attempt == 2)
            {
                harness.Simulator.CompleteCardPayment(orderId);
            }
        }));

        Assert.Equal(PaymentMethod.Card, checkout.PaymentMethod);
        Assert.Contains($"/simulator/stripe/checkout/{orderId}", checkout.CheckoutUrl);
        Assert.Equal(OrderStatus.Paid, paid.Status);
        Assert.Equal([PollDecision.KeepWaiting, PollDecision.KeepWaiting, PollDecision.Done], polls.Select(poll => poll.Decision));
    }

    [Fact]
    public async Task Invalid_requests_fail_before_sending_with_every_violation_listed()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var clipped = FacadeHarness.LineItem(Sentinel2);
        clipped.Geometry = new Polygon
        {
            Type = PolygonType.Polygon,
            Coordinates = [[[-70.7, -33.5], [-70.6, -33.5], [-70.6, -33.4], [-70.7, -33.4], [-70.7, -33.5]]],
        };
        var request = new CreateOrderRequest
        {
            Type = OrderType.Image,
            Organisation = harness.Simulator.OrganisationId,
            ContractId = 42,
            Data = new OrderRequestData { OrderLineItems = [clipped] },
            Licenses = [new License { LicenseLink = "https://open-cosmos.com/licences/catalogue-eula", LicenseName = "EULA", LicenseVersion = "1.0", Accepted = false }],
        };

        var error = await Assert.ThrowsAsync<ImageryValidationException>(() => harness.Ordering.PlaceOrderAsync(request));

        Assert.Equal(["IMG1005", "IMG1007"], error.Problems.Select(problem => problem.RuleId).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(harness.Simulator.Requests, recorded => recorded.Method == "POST");
    }

    [Fact]
    public async Task The_default_contract_is_used_unless_one_is_configured_and_an_unknown_one_is_named()
    {
        await using var harness = await FacadeHarness.StartAsync(settings: new Dictionary<string, string?> { ["DataCosmos:ContractId"] = "99" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Ordering.GetContractAsync());

        Assert.Equal("DataCosmos organisation 434 has no active contract 99; its active contracts are [42]. Set DataCosmos:ContractId to one of them.", error.Message);
    }

    [Fact]
    public async Task Listing_returns_every_order()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var placed = new List<Guid?>();
        foreach (var item in DataCosmosCatalogueItem.Defaults)
        {
            placed.Add((await harness.Ordering.PlaceOrderAsync(FacadeHarness.LineItem(item))).Order.Id);
        }

        var listed = new List<Guid?>();
        await foreach (var order in harness.Ordering.ListOrdersAsync())
        {
            listed.Add(order.Id);
        }

        Assert.Equal(placed.Order(), listed.Order());
    }

    [Fact]
    public async Task Waiting_stops_with_the_failed_state_when_the_order_is_cancelled()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var placed = await harness.Ordering.PlaceOrderAsync(FacadeHarness.LineItem(Sentinel2));
        harness.Simulator.CancelOrder(placed.Order.Id!.Value);

        var failure = await Assert.ThrowsAsync<PollFailedException>(() => harness.Ordering.WaitUntilPaidAsync(placed.Order.Id!.Value));

        Assert.Equal(PollDecision.Failed, failure.Decision);
        Assert.Contains("CANCELLED", failure.Message);
    }
}
