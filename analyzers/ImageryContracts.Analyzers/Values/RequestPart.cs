using ImageryContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Values;

/// <summary>One constant enum value of a request: which member, where it is used and where it is written.</summary>
internal sealed class RequestPart
{
    public RequestPart(EnumRules rules, EnumMemberRule member, IOperation use, SyntaxNode writtenAt)
    {
        Rules = rules;
        Member = member;
        Use = use;
        WrittenAt = writtenAt;
    }

    public EnumRules Rules { get; }

    public EnumMemberRule Member { get; }

    public IOperation Use { get; }

    /// <summary>The member access a code fix rewrites; differs from <see cref="Use"/> when the value flows from a local or const.</summary>
    public SyntaxNode WrittenAt { get; }

    public override string ToString() => $"{Rules.Name} '{Member.WireValue}'";
}
