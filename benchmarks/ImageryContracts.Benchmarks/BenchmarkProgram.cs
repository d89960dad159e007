using BenchmarkDotNet.Running;
using ImageryContracts.Benchmarks.Analyzers;
using ImageryContracts.Benchmarks.Downloads;
using ImageryContracts.Benchmarks.Streaming;

namespace ImageryContracts.Benchmarks;

/// <summary>
/// Entry point: BenchmarkDotNet's switcher (<c>--filter '*'</c>; the job is <see cref="BenchmarkConfig"/>), or one of the probes whose
/// figure is not a timing BenchmarkDotNet reports: <c>--peak-working-set N</c> lists N orders in a fresh process and
/// prints its memory, <c>--download-working-set MB</c> does the same while downloading an MB-sized file,
/// <c>--download-throughput ROUNDS</c> compares download throughput in interleaved rounds, and
/// <c>--analyzer-telemetry</c> prints the IMG analyzers' execution time as a share of compile time.
/// </summary>
public static class BenchmarkProgram
{
    /// <summary>Runs the benchmarks or the probe named by the arguments.</summary>
    /// <param name="args">BenchmarkDotNet arguments, or one probe's switch and count (see the class).</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--peak-working-set", var count])
        {
            return await PeakWorkingSetProbe.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args is ["--download-working-set", var megabytes])
        {
            return await DownloadWorkingSetProbe.RunAsync(int.Parse(megabytes, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args is ["--download-throughput", var rounds])
        {
            return await DownloadThroughputProbe.RunAsync(int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args is ["--analyzer-telemetry"])
        {
            return await AnalyzerTelemetryProbe.RunAsync();
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args, BenchmarkConfig.Create());
        return 0;
    }
}
