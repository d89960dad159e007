using System.Diagnostics;
using System.Globalization;

namespace ImageryContracts.Benchmarks.Analyzers;

/// <summary>
/// The analyzers' share as the compiler reports it (<c>-p:ReportAnalyzer=true</c>): the execution time Roslyn's
/// telemetry records inside each IMG analyzer, against the time to compile the same file, medians of several rounds.
/// </summary>
internal static class AnalyzerTelemetryProbe
{
    private const int Rounds = 15;

    public static async Task<int> RunAsync()
    {
        ConsumerCompilation.Emit(ConsumerCompilation.Create());
        var compileTimes = new List<double>();
        var analyzerTimes = new List<double>();
        var perAnalyzer = new Dictionary<string, List<double>>();
        for (var round = 0; round < Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            var compilation = ConsumerCompilation.Create();
            ConsumerCompilation.Emit(compilation);
            compileTimes.Add(clock.Elapsed.TotalMilliseconds);

            var withAnalyzers = ConsumerCompilation.WithAnalyzers(compilation, logExecutionTime: true);
            await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            var total = 0.0;
            foreach (var analyzer in ConsumerCompilation.Analyzers)
            {
                var time = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
                total += time;
                (perAnalyzer.TryGetValue(analyzer.GetType().Name, out var times) ? times : perAnalyzer[analyzer.GetType().Name] = []).Add(time);
            }

            analyzerTimes.Add(total);
        }

        var compile = Median(compileTimes);
        var analyzers = Median(analyzerTimes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Consumer file: {ProductRequestConsumer.Requests} product requests ({ProductRequestConsumer.Invalid} invalid), {Rounds} rounds, medians"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compile (parse, bind, emit): {compile:F1} ms"));
        foreach (var (name, times) in perAnalyzer.OrderByDescending(p => Median(p.Value)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: {Median(times):F2} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"IMG analyzers, execution time: {analyzers:F2} ms = {analyzers / compile:P2} of compile (target < 5%)"));
        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
