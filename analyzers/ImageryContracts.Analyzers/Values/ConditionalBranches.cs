using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Values;

/// <summary>
/// The values a conditional expression can take (<c>flag ? a : b</c>, nested ones flattened), so a rule can judge each
/// branch: it reports when every branch breaks it and stays silent when one does not, since the analyzer cannot know
/// which branch runs.
/// </summary>
internal static class ConditionalBranches
{
    /// <summary>Beyond this many branches a value is treated as unknown: the messages name every branch.</summary>
    public const int MaxBranches = 8;

    /// <summary>The conditional an operand is (conversions stripped), or <see langword="null"/>.</summary>
    public static IConditionalOperation? AsConditional(IOperation value) =>
        ConstantValues.StripConversions(value) is IConditionalOperation { WhenFalse: not null } conditional ? conditional : null;

    /// <summary>The branches of a conditional, in source order; <see langword="null"/> when there are too many.</summary>
    public static List<IOperation>? Of(IConditionalOperation conditional)
    {
        var branches = new List<IOperation>(2);
        return TryAdd(conditional.WhenTrue, branches) && TryAdd(conditional.WhenFalse!, branches) ? branches : null;
    }

    private static bool TryAdd(IOperation branch, List<IOperation> branches)
    {
        if (AsConditional(branch) is { } nested)
        {
            return TryAdd(nested.WhenTrue, branches) && TryAdd(nested.WhenFalse!, branches);
        }

        if (branches.Count == MaxBranches)
        {
            return false;
        }

        branches.Add(branch);
        return true;
    }
}
