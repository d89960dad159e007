using BenchmarkDotNet.Attributes;

namespace ImageryContracts.Benchmarks.Streaming;

/// <summary>
/// Listing 1,000 and 10,000 of the simulator's 10,000 orders through the facade's <c>ListOrdersAsync</c>, an async
/// stream over pages of <see cref="SeededOneAtlas.PageSize"/>. The allocation figure
/// is process-wide, so it includes the in-process simulator serving the pages; flat means the same per order at both
/// counts (nothing accumulates). Peak working set is measured per process by <see cref="PeakWorkingSetProbe"/>.
/// </summary>
[MemoryDiagnoser]
public class StreamingBenchmarks
{
    private SeededOneAtlas _vendor = null!;

    /// <summary>How many orders the stream is read for.</summary>
    [Params(1_000, 10_000)]
    public int Count { get; set; }

    /// <summary>Starts and seeds the simulator.</summary>
    [GlobalSetup]
    public async Task Setup() => _vendor = await SeededOneAtlas.StartAsync();

    /// <summary>Stops the simulator.</summary>
    [GlobalCleanup]
    public async Task Cleanup() => await _vendor.DisposeAsync();

    /// <summary>Reads <see cref="Count"/> orders from the stream.</summary>
    /// <returns>How many were read (checked against <see cref="Count"/>).</returns>
    [Benchmark(Description = "ListOrdersAsync (IAsyncEnumerable)")]
    public async Task<int> ListOrders()
    {
        var read = 0;
        await foreach (var _ in _vendor.Ordering.ListOrdersAsync().Take(Count))
        {
            read++;
        }

        return read == Count ? read : throw new InvalidOperationException($"The stream ended after {read} of {Count} orders; the simulator holds {SeededOneAtlas.Orders}.");
    }
}
