using System.Globalization;

namespace ImageryContracts.Benchmarks.Streaming;

/// <summary>
/// Process-level memory while streaming: seeds the simulator (10,000 orders), settles the heap, then lists N orders
/// twice through the facade's <c>ListOrdersAsync</c>. The first pass samples the working set and the managed heap after every page as the GC leaves them; the
/// second collects fully every ten pages and samples what is still alive, which tells retained memory from garbage
/// the GC has not yet needed to collect. Run once per N in a fresh process (<c>--peak-working-set 1000</c>,
/// <c>--peak-working-set 10000</c>); flat means the live heap does not grow with N.
/// </summary>
internal static class PeakWorkingSetProbe
{
    private const int PagesBetweenFullCollections = 10;

    public static async Task<int> RunAsync(int count)
    {
        await using var vendor = await SeededOneAtlas.StartAsync();
        await CountAsync(vendor, SeededOneAtlas.PageSize, _ => { });

        Settle();
        var workingSetBefore = Environment.WorkingSet;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long peakWorkingSet = workingSetBefore, peakHeap = heapBefore;
        var read = await CountAsync(vendor, count, _ =>
        {
            peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
            peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
        });
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Settle();
        var liveBefore = GC.GetTotalMemory(forceFullCollection: true);
        var peakLive = liveBefore;
        await CountAsync(vendor, count, page =>
        {
            if (page % PagesBetweenFullCollections == 0)
            {
                peakLive = Math.Max(peakLive, GC.GetTotalMemory(forceFullCollection: true));
            }
        });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"orders listed: {read}; working set before {Mb(workingSetBefore)}, peak {Mb(peakWorkingSet)} (+{Mb(peakWorkingSet - workingSetBefore)}); managed heap before {Mb(heapBefore)}, peak {Mb(peakHeap)} (+{Mb(peakHeap - heapBefore)}); live heap after full GCs before {Mb(liveBefore)}, peak {Mb(peakLive)} (+{Mb(peakLive - liveBefore)}); allocated {Mb(allocated)} = {allocated / read / 1024.0:F1} KB per order (client and in-process simulator)"));
        return read == count ? 0 : 1;
    }

    private static async Task<int> CountAsync(SeededOneAtlas vendor, int count, Action<int> afterPage)
    {
        var read = 0;
        await foreach (var _ in vendor.Ordering.ListOrdersAsync().Take(count))
        {
            if (++read % SeededOneAtlas.PageSize == 0)
            {
                afterPage(read / SeededOneAtlas.PageSize);
            }
        }

        return read;
    }

    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " MB";
}
