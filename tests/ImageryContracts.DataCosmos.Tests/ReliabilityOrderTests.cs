using System.Collections.Concurrent;
using System.Diagnostics;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Ordering;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.Faults;
using Xunit.Abstractions;

namespace ImageryContracts.DataCosmos.Tests;

public sealed class ReliabilityOrderTests(ITestOutputHelper output)
{
    private const int Items = 20;
    private const int OrdersPerItem = 10;
    private const string CreateRoute = "POST /v0/order/orders";
    private const string ListRoute = "GET /v0/order/orders";

    // Ten identical orders per image: the lookup cannot tell them apart by content, so the facade must not let two
    // of them claim the same order.
    private static readonly DataCosmosCatalogueItem[] Catalogue = [.. Enumerable.Range(0, Items)
        .Select(index => new DataCosmosCatalogueItem("sentinel-2-l2a", $"S2A_MSIL2A_RELIABILITY_{index:00}", "L2A", "Sentinel-2A", 10))];

    [Fact]
    public async Task Two_hundred_orders_under_429_503_resets_and_timeouts_each_exist_exactly_once()
    {
        await using var harness = await FacadeHarness.StartAsync(new DataCosmosSimulatorOptions { Catalogue = Catalogue }, settings: new Dictionary<string, string?>
        {
            ["DataCosmos:ContractId"] = "42",
            ["DataCosmos:Http:AttemptTimeout"] = "00:00:00.500",
            ["DataCosmos:Creation:MaxSendAttempts"] = "10",
            ["DataCosmos:Creation:SettleDelay"] = "00:00:00.100",
        });
        var faults = InjectFaults(harness.Simulator.Faults);
        var results = new ConcurrentBag<(string Item, OrderCreationResult<Order> Result)>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Items * OrdersPerItem), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (index, cancellationToken) =>
        {
            var item = Catalogue[index % Items];
            results.Add((item.Item, await harness.Ordering.PlaceOrderAsync(FacadeHarness.LineItem(item), cancellationToken)));
        });

        clock.Stop();
        var requested = Items * OrdersPerItem;
        var createdIds = harness.Simulator.Requests.CreatedOrders.Select(request => request.CreatedOrderId!).ToList();
        var returnedIds = results.Select(result => result.Result.Order.Id.ToString()!).ToList();
        var duplicates = createdIds.Count - returnedIds.Distinct().Count();
        var lost = returnedIds.Distinct().Except(createdIds).Count() + (requested - returnedIds.Distinct().Count());
        output.WriteLine($"orders requested: {requested}, created: {createdIds.Count}, duplicates: {duplicates}, lost: {lost}");
        output.WriteLine($"creation requests sent: {results.Sum(result => result.Result.SendAttempts)}, settled by lookup: {results.Count(result => result.Result.FoundByLookup)}, elapsed: {clock.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine("faults fired: " + string.Join(", ", faults.Select(fault => $"{fault.Name} {fault.Registration.Triggered}")));

        Assert.Equal(0, duplicates);
        Assert.Equal(0, lost);
        Assert.Equal(requested, createdIds.Count);
        Assert.Equal(createdIds.Order(StringComparer.Ordinal), returnedIds.Order(StringComparer.Ordinal));
        Assert.All(results.GroupBy(result => result.Item), group => Assert.Equal(OrdersPerItem, group.Count()));
        Assert.All(faults, fault => Assert.True(fault.Registration.Triggered > 0, $"The fault {fault.Name} never fired; the test would not show the facade survives it."));
    }

    private static List<(string Name, FaultRegistration Registration)> InjectFaults(FaultInjector faults) =>
    [
        ("create 429", faults.Randomly(0.08, 1, CreateRoute, new Fault(FaultKind.TooManyRequests) { RetryAfter = TimeSpan.Zero })),
        ("create 503 before processing", faults.Randomly(0.06, 2, CreateRoute, new Fault(FaultKind.ServiceUnavailable) { RetryAfter = TimeSpan.Zero })),
        ("create 503 after processing", faults.Randomly(0.06, 3, CreateRoute, new Fault(FaultKind.ServiceUnavailable) { RetryAfter = TimeSpan.Zero, AfterProcessing = true })),
        ("create reset before processing", faults.Randomly(0.06, 4, CreateRoute, new Fault(FaultKind.ConnectionReset))),
        ("create reset after processing", faults.Randomly(0.06, 5, CreateRoute, new Fault(FaultKind.ConnectionReset) { AfterProcessing = true })),
        ("create timeout before processing", faults.Randomly(0.04, 6, CreateRoute, new Fault(FaultKind.SlowResponse) { Delay = TimeSpan.FromSeconds(2) })),
        ("create timeout after processing", faults.Randomly(0.04, 7, CreateRoute, new Fault(FaultKind.SlowResponse) { Delay = TimeSpan.FromSeconds(2), AfterProcessing = true })),
        ("list 429", faults.Randomly(0.08, 8, ListRoute, new Fault(FaultKind.TooManyRequests) { RetryAfter = TimeSpan.Zero })),
        ("list reset", faults.Randomly(0.05, 9, ListRoute, new Fault(FaultKind.ConnectionReset))),
    ];
}
