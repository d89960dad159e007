using ImageryContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Values;

/// <summary>One value an enum operand can take: the member, and where it is written (what a code fix rewrites).</summary>
internal readonly struct EnumBranch
{
    public EnumBranch(EnumMemberRule member, SyntaxNode writtenAt)
    {
        Member = member;
        WrittenAt = writtenAt;
    }

    public EnumMemberRule Member { get; }

    /// <summary>The member access a code fix rewrites; differs from the use when the value flows from a local or const.</summary>
    public SyntaxNode WrittenAt { get; }
}
