using System.Globalization;

namespace ImageryContracts.Benchmarks.Streaming;

/// <summary>
/// Process-level memory while streaming: seeds the simulator (10,000 orders), settles the heap, then lists N orders
/// and samples the working set and managed heap after every page. Run once per N in a fresh process
/// (<c>--peak-working-set 1000</c>, <c>--peak-working-set 10000</c>); flat means the peaks do not grow with N.
/// </summary>
internal static class PeakWorkingSetProbe
{
    public static async Task<int> RunAsync(int count)
    {
        await using var vendor = await SeededOneAtlas.StartAsync();
        await foreach (var _ in OrderPageWalk.ListAsync(vendor.Client).Take(OrderPageWalk.PageSize))
        {
            // One page first, so JIT and connection set-up are not counted as growth.
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var workingSetBefore = Environment.WorkingSet;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long peakWorkingSet = workingSetBefore, peakHeap = heapBefore;
        var read = 0;
        await foreach (var _ in OrderPageWalk.ListAsync(vendor.Client).Take(count))
        {
            if (++read % OrderPageWalk.PageSize == 0)
            {
                peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            }
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"orders listed: {read}; working set before {Mb(workingSetBefore)}, peak {Mb(peakWorkingSet)} (+{Mb(peakWorkingSet - workingSetBefore)}); managed heap before {Mb(heapBefore)}, peak {Mb(peakHeap)} (+{Mb(peakHeap - heapBefore)}); allocated {Mb(allocated)} = {allocated / read / 1024.0:F1} KB per order (client and in-process simulator)"));
        return read == count ? 0 : 1;
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " MB";
}
