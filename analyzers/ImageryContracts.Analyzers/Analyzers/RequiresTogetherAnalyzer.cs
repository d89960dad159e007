using System;
using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Analyzers.Rules;
using ImageryContracts.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Analyzers;

/// <summary>
/// IMG1005: the setup of a model (its initializer and the statements that set it right after, see
/// <see cref="ObjectSetup"/>) sets part of a <c>[RequiresTogether]</c> group of properties, not all of it. A
/// conditional that is <see langword="null"/> in one branch and a value in another may leave a property unset or
/// set, so a group is reported only when no choice of branches sets all of it or none of it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RequiresTogetherAnalyzer : RuleAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public RequiresTogetherAnalyzer()
        : base(RuleDescriptors.RequiresTogether, OperationKind.ObjectCreation, OperationKind.ExpressionStatement)
    {
    }

    private enum SetState
    {
        Set,
        Unset,
        Either,
    }

    private protected override void Analyze(OperationAnalysisContext context, RuleCatalog catalog)
    {
        if (ReportScope.Of(context.Operation) is not { Analyzed: IObjectCreationOperation creation } scope)
        {
            return;
        }

        var setup = ObjectSetup.Of(creation);
        if (creation.Type is null || !setup.GetEnumerator().MoveNext() || catalog.GetTogetherGroups(creation.Type) is not { Length: > 0 } groups)
        {
            return;
        }

        var assignments = new List<(string Name, IOperation Target, SetState State)>();
        foreach (var assignment in setup)
        {
            if (assignment.Target is IPropertyReferenceOperation property)
            {
                assignments.Add((property.Property.Name, assignment.Target, StateOf(assignment.Value)));
            }
        }

        foreach (var group in groups)
        {
            var inGroup = assignments.Where(a => group.Contains(a.Name, StringComparer.Ordinal)).ToList();
            var set = inGroup.Where(a => a.State == SetState.Set).ToList();
            var mayBeSet = inGroup.Where(a => a.State != SetState.Unset).Select(a => a.Name).ToList();
            var allCanBeSet = group.All(name => mayBeSet.Contains(name, StringComparer.Ordinal));
            if (set.Count == 0 || allCanBeSet || !scope.Holds(set[0].Target.Syntax))
            {
                continue;
            }

            var setNames = set.Select(s => s.Name).ToList();
            context.ReportDiagnostic(Diagnostic.Create(
                RuleDescriptors.RequiresTogether,
                set[0].Target.Syntax.GetLocation(),
                creation.Type.Name,
                MessageLists.And(setNames),
                MessageLists.And(group.Where(name => !setNames.Contains(name)).ToList()),
                MessageLists.And(group.ToList())));
        }
    }

    /// <summary>Whether a value sets the property: <see langword="null"/> does not; a conditional may depend on its branch.</summary>
    private static SetState StateOf(IOperation value)
    {
        if (ConditionalBranches.AsConditional(value) is not { } conditional)
        {
            return IsNull(value) ? SetState.Unset : SetState.Set;
        }

        if (ConditionalBranches.Of(conditional) is not { } branches)
        {
            return SetState.Either;
        }

        var nulls = branches.Count(IsNull);
        return nulls == 0 ? SetState.Set : nulls == branches.Count ? SetState.Unset : SetState.Either;
    }

    private static bool IsNull(IOperation value) => ConstantValues.StripConversions(value).ConstantValue is { HasValue: true, Value: null };
}
