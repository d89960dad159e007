using System.Diagnostics;
using System.Globalization;

namespace ImageryContracts.Benchmarks.Analyzers;

/// <summary>
/// The analyzers' share as the compiler reports it (<c>-p:ReportAnalyzer=true</c>): the execution time Roslyn's
/// telemetry records inside each IMG analyzer, against the time to compile the same file; medians after warm-up
/// rounds. Run on the documented file, on its all-valid twin (to tell analysis from reporting 500 errors) and on the
/// same requests written with collection expressions (what reading that form costs).
/// </summary>
internal static class AnalyzerTelemetryProbe
{
    private const int WarmUpRounds = 3;
    private const int Rounds = 15;

    public static async Task<int> RunAsync()
    {
        await MeasureAsync($"{ProductRequestConsumer.Requests} product requests, {ProductRequestConsumer.Invalid} invalid", ProductRequestConsumer.Source, ProductRequestConsumer.Invalid);
        await MeasureAsync($"{ProductRequestConsumer.Requests} product requests, all valid", ProductRequestConsumer.AllValidSource, 0);
        await MeasureAsync($"{ProductRequestConsumer.Requests} product requests, {ProductRequestConsumer.Invalid} invalid, written with collection expressions", ProductRequestConsumer.CollectionExpressionSource, ProductRequestConsumer.Invalid);
        return 0;
    }

    private static async Task MeasureAsync(string title, string source, int expectedDiagnostics)
    {
        var compileTimes = new List<double>();
        var analyzerTimes = new List<double>();
        var perAnalyzer = new Dictionary<string, List<double>>();
        for (var round = 0; round < WarmUpRounds + Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            var compilation = ConsumerCompilation.Create(source);
            ConsumerCompilation.Emit(compilation);
            var compile = clock.Elapsed.TotalMilliseconds;

            var withAnalyzers = ConsumerCompilation.WithAnalyzers(compilation, logExecutionTime: true);
            var found = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            if (found.Length != expectedDiagnostics || found.Any(d => d.Id != "IMG1001"))
            {
                throw new InvalidOperationException($"{title}: expected {expectedDiagnostics} IMG1001 and nothing else, got {string.Join(", ", found.GroupBy(d => d.Id).Select(g => $"{g.Key}: {g.Count()}"))}; the workload is not the one documented.");
            }

            if (round < WarmUpRounds)
            {
                continue;
            }

            compileTimes.Add(compile);
            var total = 0.0;
            foreach (var analyzer in ConsumerCompilation.Analyzers)
            {
                var time = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
                total += time;
                (perAnalyzer.TryGetValue(analyzer.GetType().Name, out var times) ? times : perAnalyzer[analyzer.GetType().Name] = []).Add(time);
            }

            analyzerTimes.Add(total);
        }

        var compileMedian = Median(compileTimes);
        var analyzersMedian = Median(analyzerTimes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: medians of {Rounds} rounds after {WarmUpRounds} warm-up"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  compile (parse, bind, emit): {compileMedian:F1} ms"));
        foreach (var (name, times) in perAnalyzer.OrderByDescending(p => Median(p.Value)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {name}: {Median(times):F2} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  IMG analyzers, execution time: {analyzersMedian:F2} ms = {analyzersMedian / compileMedian:P2} of compile (target < 5%)"));
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
