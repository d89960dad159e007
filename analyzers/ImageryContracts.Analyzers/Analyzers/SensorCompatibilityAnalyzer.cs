using System.Collections.Immutable;
using System.Linq;
using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Analyzers.Rules;
using ImageryContracts.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageryContracts.Analyzers.Analyzers;

/// <summary>IMG1001: a product request whose constant values accept no sensor in common.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SensorCompatibilityAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.IncompatibleSensors);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (RuleCatalog.For(start.Compilation) is not { } catalog)
            {
                return;
            }

            start.RegisterOperationAction(
                operation => Analyze(operation, catalog),
                OperationKind.ObjectCreation,
                OperationKind.Invocation,
                OperationKind.With);
        });
    }

    private static void Analyze(OperationAnalysisContext context, RuleCatalog catalog)
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
