using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Analyzers.Rules;
using ImageryContracts.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Analyzers;

/// <summary>
/// IMG1006: a string literal assigned to, passed as or compared with a value whose known values a generated enum lists
/// (<c>[KnownValues]</c>, or the result of the enum's <c>ToWireValue()</c>): alone, as the branches of a conditional
/// (reported when every branch is one), or as elements of a collection given to a <c>[KnownValues]</c> list.
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

    // Only string literals can be reported, and whether there is one is a question for the syntax: the symbol of the
    // target is looked up only once the value holds one.
    private protected override void Analyze(OperationAnalysisContext context, RuleCatalog catalog)
    {
        switch (context.Operation)
        {
            case ISimpleAssignmentOperation assignment when MayBeWireStrings(assignment.Value.Syntax, collections: true):
                CheckValueOrElements(context, catalog, KnownEnumOf(assignment.Target, catalog), assignment.Value);
                break;
            case IArgumentOperation { Parameter: { } parameter } argument when MayBeWireStrings(argument.Value.Syntax, collections: true):
                CheckValueOrElements(context, catalog, catalog.GetKnownValuesEnum(parameter), argument.Value);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                if (MayBeWireStrings(comparison.RightOperand.Syntax, collections: false))
                {
                    Check(context, catalog, KnownEnumOf(comparison.LeftOperand, catalog), comparison.RightOperand);
                }

                if (MayBeWireStrings(comparison.LeftOperand.Syntax, collections: false))
                {
                    Check(context, catalog, KnownEnumOf(comparison.RightOperand, catalog), comparison.LeftOperand);
                }

                break;
        }
    }

    /// <summary>A string literal, a conditional (whose branches may be), or with <paramref name="collections"/> a collection holding either.</summary>
    private static bool MayBeWireStrings(SyntaxNode value, bool collections)
    {
        while (value is ParenthesizedExpressionSyntax parenthesized)
        {
            value = parenthesized.Expression;
        }

        return value switch
        {
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
            ConditionalExpressionSyntax => true,
            CollectionExpressionSyntax collection when collections => collection.Elements.Any(e => e is ExpressionElementSyntax element && MayBeWireStrings(element.Expression, false)),
            BaseObjectCreationExpressionSyntax { Initializer: { } initializer } when collections => initializer.Expressions.Any(e => MayBeWireStrings(e, false)),
            ArrayCreationExpressionSyntax { Initializer: { } initializer } when collections => initializer.Expressions.Any(e => MayBeWireStrings(e, false)),
            ImplicitArrayCreationExpressionSyntax { Initializer: var initializer } when collections => initializer.Expressions.Any(e => MayBeWireStrings(e, false)),
            _ => false,
        };
    }

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

    /// <summary>A value given to a <c>[KnownValues]</c> target: one string, or a list of them, each checked alone.</summary>
    private static void CheckValueOrElements(OperationAnalysisContext context, RuleCatalog catalog, INamedTypeSymbol? enumType, IOperation value)
    {
        if (enumType is null)
        {
            return;
        }

        if (value.Type?.SpecialType != SpecialType.System_String && CollectionElements.TryRead(value, out var elements))
        {
            foreach (var element in elements)
            {
                Check(context, catalog, enumType, element);
            }
        }
        else
        {
            Check(context, catalog, enumType, value);
        }
    }

    /// <summary>Reports a string literal, or a conditional whose every branch is one, where a generated enum lists the values.</summary>
    private static void Check(OperationAnalysisContext context, RuleCatalog catalog, INamedTypeSymbol? enumType, IOperation value)
    {
        if (enumType is null || catalog.GetEnumRules(enumType) is not { } rules)
        {
            return;
        }

        var literals = new List<(ILiteralOperation Literal, string Text)>();
        var conditional = ConditionalBranches.AsConditional(value);
        foreach (var branch in conditional is null ? [value] : ConditionalBranches.Of(conditional) ?? [])
        {
            if (ConstantValues.StripConversions(branch) is not ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } literal)
            {
                return;
            }

            literals.Add((literal, text));
        }

        if (literals.Count == 0)
        {
            return;
        }

        var findings = literals.Select(l => Finding.Of(rules, l.Literal, l.Text)).ToList();
        var fixable = findings.All(f => f.Member is not null);
        var properties = fixable
            ? DiagnosticProperties.Replacements(findings.Select(f => (f.Member!.Name, 0)), ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.EnumType, MetadataName(rules.EnumType)))
            : ImmutableDictionary<string, string?>.Empty;
        var locations = fixable ? findings.Select(f => f.Literal.Syntax.GetLocation()) : [];
        context.ReportDiagnostic(Diagnostic.Create(
            RuleDescriptors.RawWireValue,
            (conditional ?? value).Syntax.GetLocation(),
            locations,
            properties,
            Describe(findings),
            findings.Count == 1 ? findings[0].Problem : "(the branches of a conditional) are wire strings: " + string.Join("; ", findings.Select(f => $"'{f.Text}' {f.Problem}")),
            Fix(rules, findings)));
    }

    private static string Describe(List<Finding> findings) => MessageLists.Or(findings.Select(f => $"'{f.Text}'").ToList());

    private static string Fix(EnumRules rules, List<Finding> findings)
    {
        if (findings.Count == 1)
        {
            return findings[0].Fix;
        }

        return findings.All(f => f.Member is not null)
            ? "Use " + MessageLists.And(findings.Select(f => $"{rules.Name}.{f.Member!.Name}.ToWireValue()").ToList()) + " so the compiler checks them"
            : $"Compare with {rules.Name} members through ToWireValue(), or keep the strings only for values the spec does not list yet";
    }

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer
            ? MetadataName(outer) + "+" + type.MetadataName
            : type.ContainingNamespace.IsGlobalNamespace ? type.MetadataName : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;

    /// <summary>What one literal is: the member it names exactly or nearly, and how the message puts it.</summary>
    private sealed class Finding
    {
        private Finding(ILiteralOperation literal, string text, EnumMemberRule? member, string problem, string fix)
        {
            Literal = literal;
            Text = text;
            Member = member;
            Problem = problem;
            Fix = fix;
        }

        public ILiteralOperation Literal { get; }

        public string Text { get; }

        public EnumMemberRule? Member { get; }

        public string Problem { get; }

        public string Fix { get; }

        public static Finding Of(EnumRules rules, ILiteralOperation literal, string text)
        {
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
            return new Finding(literal, text, member, problem, fix);
        }
    }
}
