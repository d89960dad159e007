using System.Globalization;

namespace ImageryContracts.Benchmarks.Downloads;

/// <summary>
/// The throughput comparison of <see cref="DownloadBenchmarks"/>, interleaved: each round downloads the same 100 MB once
/// per variant, in an order that rotates from round to round, so a change of machine load hits every variant alike
/// (BenchmarkDotNet runs all iterations of one method before the next). Prints each variant's median time and
/// throughput, and the median over rounds of its time against the baseline's in the same round.
/// </summary>
internal static class DownloadThroughputProbe
{
    public static async Task<int> RunAsync(int rounds)
    {
        var benchmarks = new DownloadBenchmarks();
        await benchmarks.Setup();
        try
        {
            (string Name, Func<Task<long>> Run, int Anchor)[] variants =
            [
                ("HttpClient + CopyToAsync to a file", benchmarks.PlainCopy, 0),
                ("FileDownloader, no checksum, flushed", benchmarks.Downloader, 0),
                ("FileDownloader, no checksum, not flushed", benchmarks.DownloaderNotFlushing, 0),
                ("HttpClient + CopyToAsync, then MD5 of the file", benchmarks.PlainCopyThenMd5, 0),
                ("FileDownloader, MD5 verified, flushed", benchmarks.DownloaderVerifying, 3),
            ];
            foreach (var (_, run, _) in variants)
            {
                await run();
            }

            var times = variants.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < rounds; round++)
            {
                for (var step = 0; step < variants.Length; step++)
                {
                    var index = (round + step) % variants.Length;
                    var started = TimeProvider.System.GetTimestamp();
                    await variants[index].Run();
                    times[index].Add(TimeProvider.System.GetElapsedTime(started).TotalSeconds);
                }
            }

            var megabytes = DownloadBenchmarks.Length / 1024.0 / 1024.0;
            for (var index = 0; index < variants.Length; index++)
            {
                var anchor = variants[index].Anchor;
                var ratios = times[index].Zip(times[anchor], (ours, baseline) => baseline / ours).ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{variants[index].Name}: median {Median(times[index]) * 1000:F0} ms ({megabytes / Median(times[index]):F0} MB/s), min {times[index].Min() * 1000:F0} ms; throughput against '{variants[anchor].Name}' in the same round: median {Median(ratios):F2}× (range {ratios.Min():F2}–{ratios.Max():F2}) over {rounds} rounds"));
            }

            return 0;
        }
        finally
        {
            await benchmarks.Cleanup();
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
