using System.Collections.Immutable;
using System.Linq;
using ImageryContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Values;

/// <summary>
/// One constant enum value of a request: which member, where it is used and where it is written; or, for a
/// conditional whose branches are all members, one of those per branch.
/// </summary>
internal sealed class RequestPart
{
    public RequestPart(EnumRules rules, IOperation use, ImmutableArray<EnumBranch> branches)
    {
        Rules = rules;
        Use = use;
        Branches = branches;
    }

    public EnumRules Rules { get; }

    public IOperation Use { get; }

    /// <summary>The members the value can be: one, or one per branch of a conditional.</summary>
    public ImmutableArray<EnumBranch> Branches { get; }

    public override string ToString() =>
        $"{Rules.Name} " + string.Join(" or ", Branches.Select(b => $"'{b.Member.WireValue}'"));
}
