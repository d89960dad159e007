using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.Ordering;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.OneAtlas;
using Xunit.Abstractions;

namespace ImageryContracts.OneAtlas.Tests;

public sealed partial class ReliabilityOrderTests(ITestOutputHelper output)
{
    private const int Orders = 200;
    private const string CreateRoute = "POST /api/v1/orders";
    private const string ListRoute = "GET /api/v1/orders";

    [Fact]
    public async Task Two_hundred_orders_under_429_503_resets_and_timeouts_each_exist_exactly_once()
    {
        await using var harness = await FacadeHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["OneAtlas:ListPageSize"] = "50",
            ["OneAtlas:Http:AttemptTimeout"] = "00:00:00.500",
            ["OneAtlas:Creation:MaxSendAttempts"] = "10",
            ["OneAtlas:Creation:SettleDelay"] = "00:00:00.100",
        });
        var faults = InjectFaults(harness.Simulator.Faults);
        var results = new ConcurrentDictionary<string, OrderCreationResult<Order>>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Orders), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (index, cancellationToken) =>
        {
            var tag = Tag(index);
            results[tag] = await harness.Ordering.PlaceOrderAsync(
                new OrderRequest { Kind = OrderKind.DataProduct, Products = [FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades)] },
                tag,
                cancellationToken);
        });

        clock.Stop();
        var createdByTag = harness.Simulator.Requests.CreatedOrders
            .GroupBy(request => TagPattern().Match(request.Body).Value)
            .ToDictionary(group => group.Key, group => group.Select(request => request.CreatedOrderId).ToList());
        var created = createdByTag.Values.Sum(ids => ids.Count);
        var duplicates = created - createdByTag.Count;
        var lost = Enumerable.Range(0, Orders).Count(index => !createdByTag.ContainsKey(Tag(index)));
        output.WriteLine($"orders requested: {Orders}, created: {created}, duplicates: {duplicates}, lost: {lost}");
        output.WriteLine($"creation requests sent: {results.Values.Sum(result => result.SendAttempts)}, settled by lookup: {results.Values.Count(result => result.FoundByLookup)}, elapsed: {clock.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine("faults fired: " + string.Join(", ", faults.Select(fault => $"{fault.Name} {fault.Registration.Triggered}")));

        Assert.Equal(0, duplicates);
        Assert.Equal(0, lost);
        Assert.Equal(Orders, created);
        Assert.All(results, pair => Assert.Equal(createdByTag[pair.Key].Single(), pair.Value.Order.Id.ToString()));
        Assert.All(faults, fault => Assert.True(fault.Registration.Triggered > 0, $"The fault {fault.Name} never fired; the test would not show the facade survives it."));
    }

    private static List<(string Name, FaultRegistration Registration)> InjectFaults(FaultInjector faults) =>
    [
        ("create 429", faults.Randomly(0.08, 1, CreateRoute, new Fault(FaultKind.TooManyRequests) { RetryAfter = TimeSpan.Zero })),
        ("create 503 before processing", faults.Randomly(0.06, 2, CreateRoute, new Fault(FaultKind.ServiceUnavailable) { RetryAfter = TimeSpan.Zero })),
        ("create 503 after processing", faults.Randomly(0.06, 3, CreateRoute, new Fault(FaultKind.ServiceUnavailable) { RetryAfter = TimeSpan.Zero, AfterProcessing = true })),
        ("create 500 after processing", faults.Randomly(0.04, 4, CreateRoute, new Fault(FaultKind.InternalServerError) { AfterProcessing = true })),
        ("create reset before processing", faults.Randomly(0.06, 5, CreateRoute, new Fault(FaultKind.ConnectionReset))),
        ("create reset after processing", faults.Randomly(0.06, 6, CreateRoute, new Fault(FaultKind.ConnectionReset) { AfterProcessing = true })),
        ("create timeout before processing", faults.Randomly(0.04, 7, CreateRoute, new Fault(FaultKind.SlowResponse) { Delay = TimeSpan.FromSeconds(2) })),
        ("create timeout after processing", faults.Randomly(0.04, 8, CreateRoute, new Fault(FaultKind.SlowResponse) { Delay = TimeSpan.FromSeconds(2), AfterProcessing = true })),
        ("list 429", faults.Randomly(0.08, 9, ListRoute, new Fault(FaultKind.TooManyRequests) { RetryAfter = TimeSpan.Zero })),
        ("list 503", faults.Randomly(0.05, 10, ListRoute, new Fault(FaultKind.ServiceUnavailable) { RetryAfter = TimeSpan.Zero })),
        ("list reset", faults.Randomly(0.05, 11, ListRoute, new Fault(FaultKind.ConnectionReset))),
    ];

    // Letters only, as the spec requires of tags: "rel" and the index in base 26.
    private static string Tag(int index) => "rel" + (char)('a' + (index / 676)) + (char)('a' + (index / 26 % 26)) + (char)('a' + (index % 26));

    [GeneratedRegex("rel[a-z]{3}")]
    private static partial Regex TagPattern();
}
