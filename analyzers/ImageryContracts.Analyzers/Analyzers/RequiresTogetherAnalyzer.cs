using System;
using System.Linq;
using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Analyzers;

/// <summary>IMG1005: an initializer that sets part of a <c>[RequiresTogether]</c> group of properties, not all of it.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RequiresTogetherAnalyzer : RuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public RequiresTogetherAnalyzer()
        : base(RuleDescriptors.RequiresTogether, OperationKind.ObjectCreation)
    {
    }

    private protected override void Analyze(OperationAnalysisContext context, RuleCatalog catalog)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is null || creation.Initializer is null || catalog.GetTogetherGroups(creation.Type) is not { Length: > 0 } groups)
        {
            return;
        }

        var assignments = creation.Initializer.Initializers
            .OfType<ISimpleAssignmentOperation>()
            .Where(a => a.Target is IPropertyReferenceOperation && !IsNull(a.Value))
            .Select(a => (Name: ((IPropertyReferenceOperation)a.Target).Property.Name, a.Target))
            .ToList();
        foreach (var group in groups)
        {
            var set = assignments.Where(a => group.Contains(a.Name, StringComparer.Ordinal)).ToList();
            if (set.Count == 0 || set.Count == group.Length)
            {
                continue;
            }

            var setNames = set.Select(s => s.Name).ToList();
            context.ReportDiagnostic(Diagnostic.Create(
                RuleDescriptors.RequiresTogether,
                set[0].Target.Syntax.GetLocation(),
                creation.Type.Name,
                And(setNames),
                And(group.Where(name => !setNames.Contains(name)).ToList()),
                And(group.ToList())));
        }
    }

    private static bool IsNull(IOperation value) => value.ConstantValue is { HasValue: true, Value: null };

    private static string And(System.Collections.Generic.IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
}
