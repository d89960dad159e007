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
        : base(RuleDescriptors.IncompatibleSensors, OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.With)
    {
    }

    private protected override void Analyze(OperationAnalysisContext context, RuleCatalog catalog)
    {
        if (RequestParts.Collect(context.Operation, catalog) is not { Own.Count: > 0 } parts
            || SensorConflict.Find(parts.Outer, parts.Own) is not { } conflict)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            RuleDescriptors.IncompatibleSensors,
            conflict.Offender.Use.Syntax.GetLocation(),
            conflict.Fixes.Select(f => f.Part.WrittenAt.GetLocation()),
            DiagnosticProperties.Replacements(conflict.Fixes.Select(f => f.Replacement.Name)),
            conflict.DescribeParts(),
            conflict.DescribeFix()));
    }
}
