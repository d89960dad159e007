using System.Collections.Immutable;
using ImageryContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageryContracts.Analyzers.Analyzers;

/// <summary>
/// What every rule shares: concurrent, generated code skipped, and nothing registered in a compilation without the
/// rule attributes, so projects that do not use a generated client pay nothing.
/// </summary>
public abstract class RuleAnalyzer : DiagnosticAnalyzer
{
    private readonly ImmutableArray<OperationKind> _operationKinds;

    private protected RuleAnalyzer(DiagnosticDescriptor descriptor, params OperationKind[] operationKinds)
    {
        SupportedDiagnostics = ImmutableArray.Create(descriptor);
        _operationKinds = ImmutableArray.Create(operationKinds);
    }

    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (RuleCatalog.For(start.Compilation) is not { } catalog)
            {
                return;
            }

            start.RegisterOperationAction(operation => Analyze(operation, catalog), _operationKinds);
        });
    }

    private protected abstract void Analyze(OperationAnalysisContext context, RuleCatalog catalog);
}
