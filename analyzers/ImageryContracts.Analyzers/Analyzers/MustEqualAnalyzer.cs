using System.Collections.Immutable;
using System.Globalization;
using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Analyzers.Rules;
using ImageryContracts.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Analyzers;

/// <summary>IMG1007: a <c>[MustEqual]</c> property assigned a constant other than the only value the vendor accepts.</summary>
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
        if (assignment.Target is not IPropertyReferenceOperation { Property: var property }
            || catalog.GetMustEqual(property) is not { } required
            || ConstantValues.StripConversions(assignment.Value).ConstantValue is not { HasValue: true } actual
            || Equals(actual.Value, required.Value))
        {
            return;
        }

        var literal = Literal(required.Value);
        context.ReportDiagnostic(Diagnostic.Create(
            RuleDescriptors.MustEqual,
            assignment.Value.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Literal, literal),
            property.ContainingType.Name,
            property.Name,
            Literal(actual.Value),
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
