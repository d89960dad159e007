using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Analyzers;

/// <summary>IMG1002: a use of an enum member the vendor is abandoning (<c>[Deprecated]</c>).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeprecatedValueAnalyzer : RuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public DeprecatedValueAnalyzer()
        : base(RuleDescriptors.DeprecatedValue, OperationKind.FieldReference)
    {
    }

    private protected override void Analyze(OperationAnalysisContext context, RuleCatalog catalog)
    {
        var reference = (IFieldReferenceOperation)context.Operation;
        if (reference.Field.ContainingType is not { TypeKind: TypeKind.Enum } enumType
            || catalog.GetEnumRules(enumType) is not { } rules
            || rules.FindByField(reference.Field) is not { IsDeprecated: true } member
            || IsInNameOf(reference))
        {
            return;
        }

        var replacement = member.ReplacedBy is { } wire ? rules.FindByWireValue(wire) : null;
        var fix = replacement is null
            ? "the vendor names no replacement, so plan the move away from it"
            : $"use '{replacement.WireValue}' ({rules.Name}.{replacement.Name}) instead";
        context.ReportDiagnostic(Diagnostic.Create(
            RuleDescriptors.DeprecatedValue,
            reference.Syntax.GetLocation(),
            replacement is null ? [] : [reference.Syntax.GetLocation()],
            DiagnosticProperties.Replacements(replacement is null ? [] : [replacement.Name]),
            rules.Name,
            member.WireValue,
            member.DeprecationReason!.TrimEnd('.'),
            fix));
    }

    private static bool IsInNameOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation)
            {
                return true;
            }
        }

        return false;
    }
}
