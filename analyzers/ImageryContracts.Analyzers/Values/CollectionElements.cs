using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Values;

/// <summary>
/// The elements of a collection written in place: an array initializer, a collection initializer whose every
/// element is one <c>Add</c> argument, or a collection expression without spreads.
/// </summary>
/// <remarks>
/// A collection expression is recognised by its syntax and read through <see cref="IOperation.ChildOperations"/>,
/// which holds its elements on every compiler: Roslyn 4.8, which these analyzers build on, gives it no operation of
/// its own (kind <c>None</c>), and 4.9 and later give it <c>ICollectionExpressionOperation</c> (kind 127), which a
/// 4.8 build cannot name. The kind is therefore never looked at.
/// </remarks>
internal static class CollectionElements
{
    /// <summary>Whether the operation (conversions stripped) is a collection written in place, and its elements.</summary>
    public static bool TryRead(IOperation value, out ImmutableArray<IOperation> elements)
    {
        switch (ConstantValues.StripConversions(value))
        {
            case IArrayCreationOperation { Initializer: { } array }:
                elements = array.ElementValues;
                return true;
            case IObjectCreationOperation { Initializer: { } initializer } when AllSingleArgumentAdds(initializer):
                var added = ImmutableArray.CreateBuilder<IOperation>(initializer.Initializers.Length);
                foreach (var add in initializer.Initializers)
                {
                    added.Add(((IInvocationOperation)add).Arguments[0].Value);
                }

                elements = added.MoveToImmutable();
                return true;
            case { Syntax: CollectionExpressionSyntax syntax } collection when !HasSpread(syntax):
                var children = ImmutableArray.CreateBuilder<IOperation>(syntax.Elements.Count);
                foreach (var child in collection.ChildOperations)
                {
                    children.Add(child);
                }

                elements = children.Count == syntax.Elements.Count ? children.MoveToImmutable() : default;
                return !elements.IsDefault;
            default:
                elements = default;
                return false;
        }
    }

    /// <summary>
    /// Whether an operand is a collection written in place, judged on its syntax alone: the cheap test before
    /// <see cref="TryRead"/>, for callbacks that run on every assignment.
    /// </summary>
    public static bool MayBeCollection(IOperation value) =>
        value.Syntax is CollectionExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax
            or BaseObjectCreationExpressionSyntax { Initializer: not null };

    private static bool AllSingleArgumentAdds(IObjectOrCollectionInitializerOperation initializer)
    {
        foreach (var element in initializer.Initializers)
        {
            if (element is not IInvocationOperation { Arguments.Length: 1 })
            {
                return false;
            }
        }

        return true;
    }

    // What a spread adds is another collection's content, known only at run time.
    private static bool HasSpread(CollectionExpressionSyntax syntax)
    {
        foreach (var element in syntax.Elements)
        {
            if (element is SpreadElementSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
