using BenchmarkDotNet.Attributes;

namespace ImageryContracts.Benchmarks.Analyzers;

/// <summary>
/// The consumer file with 1,000 product requests compiled without and with the IMG analyzers. The difference is an
/// upper bound of the analyzers' cost: <see cref="Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzers"/> binds
/// the method bodies again for the operation trees, which the compiler shares with its own pass. The analyzers' own
/// callback time (what <c>-p:ReportAnalyzer=true</c> prints) is measured by <see cref="AnalyzerTelemetryProbe"/>.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    /// <summary>Checks the workload: the file compiles and exactly the invalid half is flagged.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var compilation = ConsumerCompilation.Create();
        ConsumerCompilation.Emit(compilation);
        var found = ConsumerCompilation.WithAnalyzers(compilation, logExecutionTime: false).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var byId = found.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        if (found.Length != ProductRequestConsumer.Invalid || byId.GetValueOrDefault("IMG1001") != ProductRequestConsumer.Invalid)
        {
            throw new InvalidOperationException(
                $"Expected {ProductRequestConsumer.Invalid} IMG1001 and nothing else on the consumer file, got {string.Join(", ", byId.Select(p => $"{p.Key}: {p.Value}"))}; the workload is not the one documented.");
        }
    }

    /// <summary>Parse, bind and emit the consumer file.</summary>
    /// <returns>The image's length.</returns>
    [Benchmark(Baseline = true, Description = "Compile (parse, bind, emit)")]
    public long Compile() => ConsumerCompilation.Emit(ConsumerCompilation.Create());

    /// <summary>The same, then every IMG analyzer over the compilation.</summary>
    /// <returns>The number of diagnostics.</returns>
    [Benchmark(Description = "Compile + IMG analyzers")]
    public async Task<int> CompileAndAnalyze()
    {
        var compilation = ConsumerCompilation.Create();
        ConsumerCompilation.Emit(compilation);
        return (await ConsumerCompilation.WithAnalyzers(compilation, logExecutionTime: false).GetAnalyzerDiagnosticsAsync()).Length;
    }
}
