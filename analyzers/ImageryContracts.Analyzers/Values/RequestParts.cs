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
        IObjectCreationOperation creation when Distinct(ValuesOf(creation), catalog) is { } own => (own.Count == 0 ? [] : CollectEnclosing(creation, catalog), own),
        IInvocationOperation invocation when Distinct(invocation.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue).Select(a => a.Value), catalog) is { } own => ([], own),
        IWithOperation with when Distinct(AssignedValues(with.Initializer), catalog) is { } own => (Original(with, catalog).Where(o => !own.Any(c => SameEnum(c, o))).ToList(), own),
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
            if (ancestor is IObjectCreationOperation creation && MaySetEnumMember(creation) && Distinct(ValuesOf(creation), catalog) is { } parts)
            {
                enclosing.AddRange(parts.Where(p => !enclosing.Any(e => SameEnum(e, p))));
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

    private static IEnumerable<IOperation> ValuesOf(IObjectCreationOperation creation) =>
        creation.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue).Select(a => a.Value)
            .Concat(AssignedValues(creation.Initializer));

    private static IEnumerable<IOperation> AssignedValues(IObjectOrCollectionInitializerOperation? initializer) =>
        initializer?.Initializers.OfType<ISimpleAssignmentOperation>().Select(a => a.Value) ?? [];

    private static List<RequestPart> Original(IWithOperation with, RuleCatalog catalog)
    {
        var operand = ConstantValues.StripConversions(with.Operand);
        if (operand is ILocalReferenceOperation local && ConstantValues.FindSingleAssignment(local) is { } initializer)
        {
            operand = ConstantValues.StripConversions(initializer);
        }

        return operand is IObjectCreationOperation creation ? Distinct(ValuesOf(creation), catalog) ?? [] : [];
    }

    private static List<RequestPart>? Distinct(IEnumerable<IOperation> values, RuleCatalog catalog)
    {
        var parts = new List<RequestPart>();
        foreach (var value in values)
        {
            if (!ConstantValues.TryGetEnumMember(value, catalog, out var rules, out var member, out var writtenAt))
            {
                continue;
            }

            var part = new RequestPart(rules, member, value, writtenAt);
            if (parts.Any(p => SameEnum(p, part)))
            {
                return null;
            }

            parts.Add(part);
        }

        return parts;
    }
}
