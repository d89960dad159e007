using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Analyzers.Rules;
using ImageryContracts.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageryContracts.Analyzers.Analyzers;

/// <summary>IMG1001: a product request whose constant values accept no sensor in common.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SensorCompatibilityAnalyzer : RuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public SensorCompatibilityAnalyzer()
        : base(RuleDescriptors.IncompatibleSensors, OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.With, OperationKind.ExpressionStatement)
    {
    }

    private protected override void Analyze(OperationAnalysisContext context, RuleCatalog catalog)
    {
        if (ReportScope.Of(context.Operation) is not { } scope
            || RequestParts.Collect(scope.Analyzed, catalog) is not { Own.Count: > 0 } parts
            || SensorConflict.Find(parts.Outer, parts.Own) is not { } conflict
            || !scope.Holds(conflict.Offender.Use.Syntax))
        {
            return;
        }

        var swaps = new List<(SyntaxNode WrittenAt, string Replacement, int Fix)>();
        foreach (var fix in conflict.Fixes)
        {
            var first = swaps.Count;
            swaps.AddRange(fix.Swaps.Select(s => (s.Branch.WrittenAt, s.Replacement.Name, first)));
        }

        context.ReportDiagnostic(Diagnostic.Create(
            RuleDescriptors.IncompatibleSensors,
            conflict.Offender.Use.Syntax.GetLocation(),
            swaps.Select(s => s.WrittenAt.GetLocation()),
            DiagnosticProperties.Replacements(swaps.Select(s => (s.Replacement, s.Fix))),
            conflict.DescribeParts(),
            conflict.DescribeFix()));
    }
}
