using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ImageryContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Values;

/// <summary>
/// Finds the compile-time value of an operand: a literal, an enum member, a <c>const</c> field or local, or a local
/// that is initialized once and never written again in the same method.
/// </summary>
internal static class ConstantValues
{
    private const int MaxLocalHops = 4;

    public static IOperation StripConversions(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { OperatorMethod: null } conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>
    /// Whether <see cref="TryGetEnumMember"/> can succeed on an operand: only an enum-typed one or a local (whose
    /// initializer may be one) can, so the rest are dismissed without reading their constant value.
    /// </summary>
    public static bool MayBeEnumMember(IOperation value) => StripConversions(value) switch
    {
        ILocalReferenceOperation => true,
        { Type: INamedTypeSymbol { TypeKind: TypeKind.Enum } } => true,
        { Type: INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable } => nullable.TypeArguments[0].TypeKind == TypeKind.Enum,
        _ => false,
    };

    /// <summary>
    /// What an operand evaluates to once conversions are stripped and locals assigned once are followed: a constant,
    /// or the operation the value comes from (a conditional, a creation, a call).
    /// </summary>
    public static IOperation Resolve(IOperation value)
    {
        var operation = StripConversions(value);
        for (var hop = 0; hop < MaxLocalHops && !operation.ConstantValue.HasValue; hop++)
        {
            if (operation is not ILocalReferenceOperation local || FindSingleAssignment(local) is not { } initializer)
            {
                break;
            }

            operation = StripConversions(initializer);
        }

        return operation;
    }

    /// <summary>The generated enum member an operand evaluates to, and the syntax where that member is written.</summary>
    public static bool TryGetEnumMember(IOperation value, RuleCatalog catalog, out EnumRules rules, out EnumMemberRule member, out SyntaxNode writtenAt)
    {
        var operation = Resolve(value);
        if (operation.ConstantValue.HasValue && catalog.GetEnumRules(operation.Type) is { } found
            && found.FindByConstant(operation.ConstantValue.Value) is { } constant)
        {
            rules = found;
            member = constant;
            writtenAt = WrittenAt(operation);
            return true;
        }

        rules = null!;
        member = null!;
        writtenAt = null!;
        return false;
    }

    /// <summary>
    /// The generated enum members an operand can evaluate to: its one member, or one per branch of a conditional whose
    /// branches are all members of one enum; <see langword="null"/> otherwise.
    /// </summary>
    public static (EnumRules Rules, ImmutableArray<EnumBranch> Branches)? TryGetEnumBranches(IOperation value, RuleCatalog catalog)
    {
        if (TryGetEnumMember(value, catalog, out var rules, out var member, out var writtenAt))
        {
            return (rules, ImmutableArray.Create(new EnumBranch(member, writtenAt)));
        }

        if (Resolve(value) is not IConditionalOperation conditional || ConditionalBranches.Of(conditional) is not { } branches)
        {
            return null;
        }

        var members = ImmutableArray.CreateBuilder<EnumBranch>(branches.Count);
        EnumRules? common = null;
        foreach (var branch in branches)
        {
            if (!TryGetEnumMember(branch, catalog, out var branchRules, out var branchMember, out var branchWrittenAt)
                || (common is not null && common != branchRules))
            {
                return null;
            }

            common = branchRules;
            members.Add(new EnumBranch(branchMember, branchWrittenAt));
        }

        return (common!, members.MoveToImmutable());
    }

    /// <summary>The constant string an operand evaluates to, and the syntax of the literal.</summary>
    public static bool TryGetString(IOperation value, out string text, out SyntaxNode writtenAt)
    {
        var operation = Resolve(value);
        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            text = constant;
            writtenAt = WrittenAt(operation);
            return true;
        }

        text = null!;
        writtenAt = null!;
        return false;
    }

    public static bool TryGetInt32(IOperation value, out int number)
    {
        if (Resolve(value).ConstantValue is { HasValue: true, Value: int constant })
        {
            number = constant;
            return true;
        }

        number = 0;
        return false;
    }

    public static bool TryGetDouble(IOperation value, out double number)
    {
        var constant = value.ConstantValue;
        if (constant.HasValue && constant.Value is double or float or int or long or decimal or short)
        {
            number = Convert.ToDouble(constant.Value, CultureInfo.InvariantCulture);
            return true;
        }

        number = 0;
        return false;
    }

    /// <summary>
    /// The initializer of a local declared with one and never assigned, incremented, deconstructed into or passed by
    /// reference anywhere in its method (lambdas included), so its value at every use is the initializer's.
    /// </summary>
    public static IOperation? FindSingleAssignment(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.IsRef || local.IsConst)
        {
            return null;
        }

        IOperation top = reference;
        while (top.Parent is { } parent)
        {
            top = parent;
        }

        IOperation? initializer = null;
        foreach (var operation in top.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    initializer = declarator.Initializer?.Value;
                    break;
                case ILocalReferenceOperation use when SymbolEqualityComparer.Default.Equals(use.Local, local) && IsWrite(use):
                    return null;
            }
        }

        return initializer;
    }

    private static bool IsWrite(ILocalReferenceOperation use)
    {
        IOperation current = use;
        while (current.Parent is ITupleOperation tuple)
        {
            current = tuple;
        }

        return current.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == current,
            IIncrementOrDecrementOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            IAddressOfOperation => true,
            _ => use.IsDeclaration,
        };
    }

    /// <summary>Where a constant is written: its own syntax, or the initializer of the const field or local it names.</summary>
    private static SyntaxNode WrittenAt(IOperation operation)
    {
        ISymbol? constant = operation switch
        {
            IFieldReferenceOperation { Field: { IsConst: true, ContainingType.TypeKind: not TypeKind.Enum } field } => field,
            ILocalReferenceOperation { Local.IsConst: true } local => local.Local,
            _ => null,
        };
        var declared = constant?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as VariableDeclaratorSyntax;
        return declared?.Initializer?.Value is { } initializer && initializer.SyntaxTree == operation.Syntax.SyntaxTree
            ? initializer
            : operation.Syntax;
    }
}
