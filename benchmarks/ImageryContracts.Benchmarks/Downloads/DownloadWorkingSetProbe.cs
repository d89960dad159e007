using System.Globalization;
using ImageryContracts.Downloads;

namespace ImageryContracts.Benchmarks.Downloads;

/// <summary>
/// Process-level memory while downloading: serves an N MB file on loopback with OneAtlas' checksum headers, settles the
/// heap, then downloads it twice with <see cref="FileDownloader"/> (hashed and verified). The first pass samples the
/// working set and the managed heap at every progress report (every 50 ms) as the GC leaves them; the second collects
/// fully at every report and samples what is still alive, which tells retained memory from garbage not yet collected.
/// Run once per size in a fresh process (<c>--download-working-set 100</c>, <c>--download-working-set 1024</c>); flat
/// means the live heap does not grow with the size. The server runs in the same process, so its buffers count too.
/// </summary>
internal static class DownloadWorkingSetProbe
{
    public static async Task<int> RunAsync(int megabytes)
    {
        var length = megabytes * 1024L * 1024;
        await using var file = await LoopbackFile.StartAsync(length);
        using var client = new HttpClient();
        var downloader = new FileDownloader(client, new DownloadOptions { ProgressInterval = TimeSpan.FromMilliseconds(50) });
        var request = file.Checked("scene.zip");

        // A first small download warms the JIT and the connection pool, so their memory is in the "before" figure.
        await using (var warm = await LoopbackFile.StartAsync(1024 * 1024))
        {
            await downloader.DownloadAsync(warm.Unchecked("warm.zip"));
        }

        Settle();
        var workingSetBefore = Environment.WorkingSet;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long peakWorkingSet = workingSetBefore, peakHeap = heapBefore, samples = 0;
        var progress = new Sampler(_ =>
        {
            samples++;
            peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
            peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
        });
        var started = TimeProvider.System.GetTimestamp();
        var result = await downloader.DownloadAsync(request, progress);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Settle();
        var liveBefore = GC.GetTotalMemory(forceFullCollection: true);
        var peakLive = liveBefore;
        var again = await downloader.DownloadAsync(request, new Sampler(_ => peakLive = Math.Max(peakLive, GC.GetTotalMemory(forceFullCollection: true))));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"downloaded {Mb(result.Length)} in {elapsed.TotalSeconds:F1} s ({result.Length / elapsed.TotalSeconds / 1024 / 1024:F0} MB/s), md5 verified: {result.Md5Verified}, {samples} samples; working set before {Mb(workingSetBefore)}, peak {Mb(peakWorkingSet)} (+{Mb(peakWorkingSet - workingSetBefore)}); managed heap before {Mb(heapBefore)}, peak {Mb(peakHeap)} (+{Mb(peakHeap - heapBefore)}); live heap after full GCs before {Mb(liveBefore)}, peak {Mb(peakLive)} (+{Mb(peakLive - liveBefore)}); allocated {Mb(allocated)} = {allocated / (double)result.Length * 1024 * 1024 / 1024:F1} KB per MB downloaded (client and in-process server)"));
        return result.Length == length && result.Md5Verified && again.Md5Verified ? 0 : 1;
    }

    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " MB";

    /// <summary>Samples on the reporting thread, as the report is made.</summary>
    private sealed class Sampler(Action<DownloadProgress> sample) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => sample(value);
    }
}
