using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Analyzers.Rules;
using ImageryContracts.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Analyzers;

/// <summary>
/// IMG1007: a <c>[MustEqual]</c> property assigned a constant other than the only value the vendor accepts, or a
/// conditional none of whose branches is that value.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MustEqualAnalyzer : RuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public MustEqualAnalyzer()
        : base(RuleDescriptors.MustEqual, OperationKind.SimpleAssignment)
    {
    }

    private protected override void Analyze(OperationAnalysisContext context, RuleCatalog catalog)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        var conditional = ConditionalBranches.AsConditional(assignment.Value);
        if ((conditional is null && !ConstantValues.StripConversions(assignment.Value).ConstantValue.HasValue)
            || assignment.Target is not IPropertyReferenceOperation { Property: var property }
            || catalog.GetMustEqual(property) is not { } required)
        {
            return;
        }

        var actual = new List<object?>();
        foreach (var branch in conditional is null ? [assignment.Value] : ConditionalBranches.Of(conditional) ?? [])
        {
            if (ConstantValues.StripConversions(branch).ConstantValue is not { HasValue: true } constant || Equals(constant.Value, required.Value))
            {
                return;
            }

            actual.Add(constant.Value);
        }

        if (actual.Count == 0)
        {
            return;
        }

        var literal = Literal(required.Value);
        var described = MessageLists.Or(actual.Select(Literal).ToList());
        context.ReportDiagnostic(Diagnostic.Create(
            RuleDescriptors.MustEqual,
            assignment.Value.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Literal, literal),
            property.ContainingType.Name,
            property.Name,
            actual.Count == 1 ? described : described + ", whichever branch runs",
            literal));
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        string text => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };
}
