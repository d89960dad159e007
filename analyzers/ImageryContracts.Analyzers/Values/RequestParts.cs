using System.Collections.Generic;
using System.Collections.Immutable;
using ImageryContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Values;

/// <summary>
/// Collects the constant enum values of a request: the arguments and setup of an object creation (its initializer and
/// the statements that set it right after, see <see cref="ObjectSetup"/>), the operand and initializer of a
/// <c>with</c> expression, the arguments of an invocation, and what enclosing requests add.
/// </summary>
internal static class RequestParts
{
    /// <summary>
    /// The parts an operation sets itself (<c>Own</c>, in source order) and those it builds on (<c>Outer</c>): the
    /// enclosing requests of an object creation, the original of a <c>with</c> expression. <see langword="null"/>
    /// when two own parts share an enum: two values of one kind are not one request, so they are not combined.
    /// </summary>
    public static (List<RequestPart> Outer, List<RequestPart> Own)? Collect(IOperation operation, RuleCatalog catalog)
    {
        switch (operation)
        {
            // Most creations and calls in a request (lists, points, each Add of a collection initializer) take no enum
            // value: they are dismissed before any list is built or constant read, and their enclosing requests are
            // not walked.
            case IObjectCreationOperation creation:
                var setup = ObjectSetup.Of(creation);
                if (!MayPassEnumMember(creation.Arguments) && !MaySetEnumMember(setup)
                    || Distinct(creation.Arguments, setup, catalog) is not { } own)
                {
                    return null;
                }

                return (own.Count == 0 ? [] : CollectEnclosing(creation, catalog), own);
            case IInvocationOperation invocation:
                return MayPassEnumMember(invocation.Arguments) && Distinct(invocation.Arguments, default, catalog) is { } passed ? ([], passed) : null;
            case IWithOperation with:
                return Distinct(ImmutableArray<IArgumentOperation>.Empty, ObjectSetup.Of(with.Initializer), catalog) is { } changed
                    ? (Original(with, catalog, changed), changed)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The parts the enclosing requests set (an order's kind for each of its products), the nearest enclosing value of
    /// each enum winning. A request encloses a value when the value is inside its initializer, or inside a statement
    /// of its setup (<c>order.Products = [new() { … }];</c>).
    /// </summary>
    private static List<RequestPart> CollectEnclosing(IOperation operation, RuleCatalog catalog)
    {
        var enclosing = new List<RequestPart>();
        for (var ancestor = operation.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is IExpressionStatementOperation statement && ObjectSetup.CreationSetBy(statement) is { } setByStatement)
            {
                ancestor = setByStatement;
            }

            if (ancestor is not IObjectCreationOperation creation)
            {
                continue;
            }

            var setup = ObjectSetup.Of(creation);
            if ((MayPassEnumMember(creation.Arguments) || MaySetEnumMember(setup)) && Distinct(creation.Arguments, setup, catalog) is { } parts)
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

    private static bool MaySetEnumMember(ObjectSetup setup)
    {
        foreach (var assignment in setup)
        {
            if (ConstantValues.MayBeEnumMember(assignment.Value))
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

    /// <summary>The parts of the original a <c>with</c> expression copies, less those it changes.</summary>
    private static List<RequestPart> Original(IWithOperation with, RuleCatalog catalog, List<RequestPart> changed)
    {
        if (ConstantValues.Resolve(with.Operand) is not IObjectCreationOperation creation
            || Distinct(creation.Arguments, ObjectSetup.Of(creation), catalog) is not { } original)
        {
            return [];
        }

        original.RemoveAll(part => IndexOfEnum(changed, part) >= 0);
        return original;
    }

    /// <summary>
    /// The enum values of the arguments (those written, not defaulted) and then the setup assignments, in source
    /// order; <see langword="null"/> when two share an enum.
    /// </summary>
    private static List<RequestPart>? Distinct(ImmutableArray<IArgumentOperation> arguments, ObjectSetup setup, RuleCatalog catalog)
    {
        var parts = new List<RequestPart>();
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && !TryAddDistinct(parts, argument.Value, catalog))
            {
                return null;
            }
        }

        foreach (var assignment in setup)
        {
            if (!TryAddDistinct(parts, assignment.Value, catalog))
            {
                return null;
            }
        }

        return parts;
    }

    /// <summary>Adds the enum value of an operand, if it has one; false when a part of the same enum is already there.</summary>
    private static bool TryAddDistinct(List<RequestPart> parts, IOperation value, RuleCatalog catalog)
    {
        if (!ConstantValues.MayBeEnumMember(value) || ConstantValues.TryGetEnumBranches(value, catalog) is not { } found)
        {
            return true;
        }

        var part = new RequestPart(found.Rules, value, found.Branches);
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
