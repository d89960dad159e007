using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Rules;

/// <summary>The rule data of one generated enum: every member with its wire value, sensors, deprecation and alternatives.</summary>
internal sealed class EnumRules
{
    public EnumRules(INamedTypeSymbol enumType, ImmutableArray<EnumMemberRule> members)
    {
        EnumType = enumType;
        Members = members;
        HasSensorRules = members.Any(m => m.IsRestricted);
    }

    public INamedTypeSymbol EnumType { get; }

    public string Name => EnumType.Name;

    public ImmutableArray<EnumMemberRule> Members { get; }

    public bool HasSensorRules { get; }

    /// <remarks>A loop, not a lambda: every constant enum value an analyzer reads comes through here.</remarks>
    public EnumMemberRule? FindByConstant(object? value)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var member in Members)
        {
            if (member.Field.HasConstantValue && Equals(member.Field.ConstantValue, value))
            {
                return member;
            }
        }

        return null;
    }

    public EnumMemberRule? FindByField(IFieldSymbol field) =>
        Members.FirstOrDefault(m => SymbolEqualityComparer.Default.Equals(m.Field, field));

    public EnumMemberRule? FindByWireValue(string wireValue) =>
        Members.FirstOrDefault(m => string.Equals(m.WireValue, wireValue, StringComparison.Ordinal));

    public string KnownValues => string.Join(", ", Members.Select(m => m.WireValue));
}
