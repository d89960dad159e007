using System.Collections.Immutable;
using ImageryContracts.Analyzers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageryContracts.Benchmarks.Analyzers;

/// <summary>
/// The consumer file compiled as the build compiles it (parse, bind, emit), single-threaded so the two sides of the
/// comparison do the same work on a busy machine, and the IMG analyzers a consumer of the OneAtlas package runs.
/// </summary>
internal static class ConsumerCompilation
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);

    /// <summary>Every analyzer the ImageryContracts.Analyzers assembly ships.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
    [
        .. typeof(RuleAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.IsDefined(typeof(DiagnosticAnalyzerAttribute), false))
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!),
    ];

    /// <summary>Parses a consumer file into a fresh compilation against the OneAtlas assembly.</summary>
    /// <param name="source">The file; <see cref="ProductRequestConsumer.Source"/> by default.</param>
    /// <returns>The compilation, not yet bound.</returns>
    public static CSharpCompilation Create(string? source = null) =>
        CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(source ?? ProductRequestConsumer.Source, ParseOptions, path: "Orders.cs")],
            BenchmarkReferences.OneAtlasConsumer,
            Options);

    /// <summary>Emits the compilation to memory, failing on any compile error.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <returns>The image's length.</returns>
    public static long Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException($"The consumer file does not compile: {string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5))}");
        }

        return image.Length;
    }

    /// <summary>The analyzers attached to the compilation as the compiler attaches them (no concurrency, see above).</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="logExecutionTime">Whether to record each analyzer's execution time (what <c>-p:ReportAnalyzer=true</c> reports).</param>
    /// <returns>The compilation with analyzers.</returns>
    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, bool logExecutionTime) =>
        compilation.WithAnalyzers(
            Analyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: logExecutionTime));
}
