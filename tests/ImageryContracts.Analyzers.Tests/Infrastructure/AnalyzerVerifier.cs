using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ImageryContracts.Analyzers.Tests.Infrastructure;

/// <summary>Runs one analyzer over a consumer file next to the fake generated vendor code.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>
    /// An expected diagnostic at the markup location <c>{|#index:…|}</c> with its full message. The additional
    /// locations tell the code fixes what to rewrite; the code fix tests check them by their effect.
    /// </summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor, int markupIndex, string message) =>
        new DiagnosticResult(descriptor).WithLocation(markupIndex).WithMessage(message).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    public static Task VerifyAsync(string consumer, params DiagnosticResult[] expected) =>
        VerifyAsync(consumer, FakeVendors.OneAtlas, expected);

    /// <summary>Verifies against a different "generated" OneAtlas file: how a rule change in the spec reaches the analyzers.</summary>
    public static Task VerifyAsync(string consumer, string oneAtlasGenerated, params DiagnosticResult[] expected)
    {
        var test = new LocalDiagnosticsTest { ReferenceAssemblies = TestReferences.Net80 };
        TestSources.AddTo(test.TestState, consumer, oneAtlasGenerated);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Also checks that every diagnostic is local to the callback that reported it: the IDE shows a non-local one only
    /// after a full analysis, and offers no fix for it.
    /// </summary>
    private sealed class LocalDiagnosticsTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        protected override CompilationWithAnalyzers CreateCompilationWithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var analysis = base.CreateCompilationWithAnalyzers(compilation, analyzers, options, cancellationToken);
            var nonLocal = analysis.GetAnalysisResultAsync(cancellationToken).GetAwaiter().GetResult().CompilationDiagnostics.SelectMany(p => p.Value).ToList();
            Assert.True(nonLocal.Count == 0, "Non-local diagnostics: " + string.Join("; ", nonLocal));
            return analysis;
        }
    }
}
