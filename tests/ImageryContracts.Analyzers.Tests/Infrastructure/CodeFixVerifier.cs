using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ImageryContracts.Analyzers.Tests.Infrastructure;

/// <summary>Runs an analyzer and its code fix over a consumer file and compares the result, fix-all included.</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>
    /// Applies the code action with <paramref name="equivalenceKey"/> (or the only one) to each diagnostic, then the
    /// same through fix-all in document, project and solution, and expects <paramref name="fixedConsumer"/> each time.
    /// </summary>
    public static Task VerifyAsync(string consumer, string fixedConsumer, string? equivalenceKey = null, params DiagnosticResult[] remaining)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.Net80,
            CodeActionEquivalenceKey = equivalenceKey,
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 1,
            NumberOfFixAllInProjectIterations = 1,
        };
        TestSources.AddTo(test.TestState, consumer, FakeVendors.OneAtlas);
        TestSources.AddTo(test.FixedState, fixedConsumer, FakeVendors.OneAtlas);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        return test.RunAsync();
    }
}
