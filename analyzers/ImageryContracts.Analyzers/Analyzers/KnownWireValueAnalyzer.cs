using System.Collections.Immutable;
using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Analyzers.Rules;
using ImageryContracts.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Analyzers;

/// <summary>
/// IMG1006: a string literal assigned to, passed as or compared with a value whose known values a generated enum lists
/// (<c>[KnownValues]</c>, or the result of the enum's <c>ToWireValue()</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KnownWireValueAnalyzer : RuleAnalyzer
{
    private const string ToWireValue = "ToWireValue";

    /// <summary>Creates the analyzer.</summary>
    public KnownWireValueAnalyzer()
        : base(RuleDescriptors.RawWireValue, OperationKind.SimpleAssignment, OperationKind.Argument, OperationKind.Binary)
    {
    }

    // Only a string literal can be reported, so the symbol of the target is looked up only once the value is one.
    private protected override void Analyze(OperationAnalysisContext context, RuleCatalog catalog)
    {
        switch (context.Operation)
        {
            case ISimpleAssignmentOperation assignment when IsStringLiteral(assignment.Value):
                Check(context, catalog, KnownEnumOf(assignment.Target, catalog), assignment.Value);
                break;
            case IArgumentOperation { Parameter: { } parameter } argument when IsStringLiteral(argument.Value):
                Check(context, catalog, catalog.GetKnownValuesEnum(parameter), argument.Value);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                if (IsStringLiteral(comparison.RightOperand))
                {
                    Check(context, catalog, KnownEnumOf(comparison.LeftOperand, catalog), comparison.RightOperand);
                }

                if (IsStringLiteral(comparison.LeftOperand))
                {
                    Check(context, catalog, KnownEnumOf(comparison.RightOperand, catalog), comparison.LeftOperand);
                }

                break;
        }
    }

    private static bool IsStringLiteral(IOperation value) =>
        ConstantValues.StripConversions(value) is ILiteralOperation { ConstantValue: { HasValue: true, Value: string } };

    private static INamedTypeSymbol? KnownEnumOf(IOperation operand, RuleCatalog catalog) =>
        ConstantValues.StripConversions(operand) switch
        {
            IPropertyReferenceOperation property => catalog.GetKnownValuesEnum(property.Property),
            IFieldReferenceOperation field => catalog.GetKnownValuesEnum(field.Field),
            IParameterReferenceOperation parameter => catalog.GetKnownValuesEnum(parameter.Parameter),
            IInvocationOperation { TargetMethod.Name: ToWireValue, Arguments.Length: 1 } invocation
                when catalog.GetEnumRules(invocation.Arguments[0].Value.Type) is { } rules => rules.EnumType,
            _ => null,
        };

    private static void Check(OperationAnalysisContext context, RuleCatalog catalog, INamedTypeSymbol? enumType, IOperation value)
    {
        if (enumType is null || catalog.GetEnumRules(enumType) is not { } rules
            || ConstantValues.StripConversions(value) is not ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } literal)
        {
            return;
        }

        var exact = WireValueMatch.Exact(rules, text);
        var member = exact ?? WireValueMatch.Closest(rules, text);
        var problem = exact is not null
            ? $"is the wire value of {rules.Name}.{exact.Name}"
            : $"is not a known {rules.Name} value (known: {rules.KnownValues})";
        var fix = member switch
        {
            null => $"Compare with {rules.Name} members through ToWireValue(), or keep the string only for a value the spec does not list yet",
            _ when exact is not null => $"Use {rules.Name}.{member.Name}.ToWireValue() so the compiler checks it",
            _ => $"Use {rules.Name}.{member.Name}.ToWireValue() ('{member.WireValue}') if that is what you meant",
        };
        var properties = member is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.EnumType, MetadataName(rules.EnumType))
                .Add(DiagnosticProperties.EnumMember, member.Name);
        context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.RawWireValue, literal.Syntax.GetLocation(), properties, text, problem, fix));
    }

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer
            ? MetadataName(outer) + "+" + type.MetadataName
            : type.ContainingNamespace.IsGlobalNamespace ? type.MetadataName : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;
}
