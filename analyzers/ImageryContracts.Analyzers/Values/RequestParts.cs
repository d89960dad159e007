using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ImageryContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Values;

/// <summary>
/// Collects the constant enum values of a request: the arguments and initializer of an object creation, the operand
/// and initializer of a <c>with</c> expression, the arguments of an invocation, and what enclosing initializers add.
/// </summary>
internal static class RequestParts
{
    /// <summary>
    /// The parts an operation sets itself (<c>Own</c>, in source order) and those it builds on (<c>Outer</c>): the
    /// enclosing initializers of an object creation, the original of a <c>with</c> expression. <see langword="null"/>
    /// when two own parts share an enum: two values of one kind are not one request, so they are not combined.
    /// </summary>
    public static (List<RequestPart> Outer, List<RequestPart> Own)? Collect(IOperation operation, RuleCatalog catalog) => operation switch
    {
        // Most creations and calls in a request (lists, points, each Add of a collection initializer) take no enum
        // value: they are dismissed before any list is built or constant read, and their enclosing initializers are
        // not walked.
        IObjectCreationOperation creation when !MaySetEnumMember(creation) => null,
        IInvocationOperation invocation when !MayPassEnumMember(invocation.Arguments) => null,
        IObjectCreationOperation creation when Distinct(creation.Arguments, creation.Initializer, catalog) is { } own => (own.Count == 0 ? [] : CollectEnclosing(creation, catalog), own),
        IInvocationOperation invocation when Distinct(invocation.Arguments, null, catalog) is { } own => ([], own),
        IWithOperation with when Distinct(ImmutableArray<IArgumentOperation>.Empty, with.Initializer, catalog) is { } own => (Original(with, catalog).Where(o => IndexOfEnum(own, o) < 0).ToList(), own),
        _ => null,
    };

    /// <summary>
    /// The parts the enclosing object initializers set (an order's kind for each of its products), the nearest
    /// enclosing value of each enum winning.
    /// </summary>
    private static List<RequestPart> CollectEnclosing(IOperation operation, RuleCatalog catalog)
    {
        var enclosing = new List<RequestPart>();
        for (var ancestor = operation.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is IObjectCreationOperation creation && MaySetEnumMember(creation) && Distinct(creation.Arguments, creation.Initializer, catalog) is { } parts)
            {
                foreach (var part in parts)
                {
                    if (IndexOfEnum(enclosing, part) < 0)
                    {
                        enclosing.Add(part);
                    }
                }
            }
        }

        return enclosing;
    }

    private static bool MaySetEnumMember(IObjectCreationOperation creation)
    {
        if (MayPassEnumMember(creation.Arguments))
        {
            return true;
        }

        if (creation.Initializer is null)
        {
            return false;
        }

        foreach (var initializer in creation.Initializer.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation assignment && ConstantValues.MayBeEnumMember(assignment.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayPassEnumMember(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && ConstantValues.MayBeEnumMember(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    public static bool SameEnum(RequestPart left, RequestPart right) =>
        SymbolEqualityComparer.Default.Equals(left.Rules.EnumType, right.Rules.EnumType);

    private static List<RequestPart> Original(IWithOperation with, RuleCatalog catalog)
    {
        var operand = ConstantValues.StripConversions(with.Operand);
        if (operand is ILocalReferenceOperation local && ConstantValues.FindSingleAssignment(local) is { } initializer)
        {
            operand = ConstantValues.StripConversions(initializer);
        }

        return operand is IObjectCreationOperation creation ? Distinct(creation.Arguments, creation.Initializer, catalog) ?? [] : [];
    }

    /// <summary>
    /// The enum values of the arguments (those written, not defaulted) and then the initializer assignments, in
    /// source order; <see langword="null"/> when two share an enum.
    /// </summary>
    private static List<RequestPart>? Distinct(ImmutableArray<IArgumentOperation> arguments, IObjectOrCollectionInitializerOperation? initializer, RuleCatalog catalog)
    {
        var parts = new List<RequestPart>();
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && !TryAddDistinct(parts, argument.Value, catalog))
            {
                return null;
            }
        }

        if (initializer is not null)
        {
            foreach (var value in initializer.Initializers)
            {
                if (value is ISimpleAssignmentOperation assignment && !TryAddDistinct(parts, assignment.Value, catalog))
                {
                    return null;
                }
            }
        }

        return parts;
    }

    /// <summary>Adds the enum value of an operand, if it has one; false when a part of the same enum is already there.</summary>
    private static bool TryAddDistinct(List<RequestPart> parts, IOperation value, RuleCatalog catalog)
    {
        if (!ConstantValues.MayBeEnumMember(value)
            || !ConstantValues.TryGetEnumMember(value, catalog, out var rules, out var member, out var writtenAt))
        {
            return true;
        }

        var part = new RequestPart(rules, member, value, writtenAt);
        if (IndexOfEnum(parts, part) >= 0)
        {
            return false;
        }

        parts.Add(part);
        return true;
    }

    private static int IndexOfEnum(List<RequestPart> parts, RequestPart part)
    {
        for (var index = 0; index < parts.Count; index++)
        {
            if (SameEnum(parts[index], part))
            {
                return index;
            }
        }

        return -1;
    }
}
