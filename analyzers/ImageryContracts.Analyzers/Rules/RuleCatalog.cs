using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Rules;

/// <summary>
/// The rule data of one compilation, shared by every analyzer: each generated type's attributes are read once, on first
/// use, and kept for the life of the compilation (never per syntax node).
/// </summary>
internal sealed class RuleCatalog
{
    private static readonly ConditionalWeakTable<Compilation, RuleCatalog> Catalogs = new();

    private readonly ConcurrentDictionary<ITypeSymbol, EnumRules?> _enums = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, CrsCodeSet?> _crsSets = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, double?> _minimumAreas = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<ImmutableArray<string>>> _togetherGroups = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, TypedConstant?> _mustEqual = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, INamedTypeSymbol?> _knownValues = new(SymbolEqualityComparer.Default);

    // Created once: a lambda capturing this would allocate a delegate on every lookup, and every analyzer looks up
    // enum rules for each value it reads. The caches are keyed by the type as used, nullable or not: unwrapping
    // Nullable<T> allocates (TypeArguments builds an array on each call), so it happens once per type, on a miss.
    private readonly Func<ITypeSymbol, EnumRules?> _readEnum;
    private readonly Func<ITypeSymbol, CrsCodeSet?> _readCrsCodeSet;

    private RuleCatalog(RuleSymbols? symbols)
    {
        Symbols = symbols;
        _readEnum = type => type.TypeKind == TypeKind.Enum ? ReadEnum((INamedTypeSymbol)type) : GetEnumRules(UnwrapNullable(type));
        _readCrsCodeSet = type => FindAttribute(UnwrapNullable(type)!, Symbols!.CrsCodeSet) is { } a ? CrsCodeSet.From(a) : null;
    }

    public RuleSymbols? Symbols { get; }

    /// <summary>The catalog of a compilation, or <see langword="null"/> when the compilation has no rule attributes.</summary>
    public static RuleCatalog? For(Compilation compilation)
    {
        var catalog = Catalogs.GetValue(compilation, c => new RuleCatalog(RuleSymbols.TryCreate(c)));
        return catalog.Symbols is null ? null : catalog;
    }

    /// <summary>The rules of a generated enum (any enum whose members carry <c>[EnumMember]</c> or a rule attribute).</summary>
    public EnumRules? GetEnumRules(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Enum } or INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T }
            ? _enums.GetOrAdd(type, _readEnum)
            : null;

    public CrsCodeSet? GetCrsCodeSet(ITypeSymbol? type) => type is null ? null : _crsSets.GetOrAdd(type, _readCrsCodeSet);

    public double? GetMinimumAreaKm2(ISymbol symbol) =>
        _minimumAreas.GetOrAdd(symbol, s => FindAttribute(s, Symbols!.MinimumAreaKm2)?.ConstructorArguments.FirstOrDefault().Value switch
        {
            double km2 => km2,
            _ => null,
        });

    /// <summary>The groups of C# property names <c>[RequiresTogether]</c> puts on a model class.</summary>
    public ImmutableArray<ImmutableArray<string>> GetTogetherGroups(ITypeSymbol type) =>
        _togetherGroups.GetOrAdd(type, t => t.GetAttributes()
            .Where(a => RuleSymbols.Is(a, Symbols!.RequiresTogether) && a.ConstructorArguments.Length == 1)
            .Select(a => a.ConstructorArguments[0].Values.Select(v => v.Value).OfType<string>().ToImmutableArray())
            .Where(group => group.Length > 1)
            .ToImmutableArray());

    public TypedConstant? GetMustEqual(IPropertySymbol property) =>
        _mustEqual.GetOrAdd(property, p => FindAttribute(p, Symbols!.MustEqual) is { ConstructorArguments.Length: 1 } a ? a.ConstructorArguments[0] : null);

    /// <summary>The generated enum <c>[KnownValues]</c> names on a string property, field or parameter.</summary>
    public INamedTypeSymbol? GetKnownValuesEnum(ISymbol symbol) =>
        _knownValues.GetOrAdd(symbol, s => FindAttribute(s, Symbols!.KnownValues)?.ConstructorArguments.FirstOrDefault().Value as INamedTypeSymbol);

    private static ITypeSymbol? UnwrapNullable(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static AttributeData? FindAttribute(ISymbol symbol, INamedTypeSymbol? attributeType) =>
        attributeType is null ? null : symbol.GetAttributes().FirstOrDefault(a => RuleSymbols.Is(a, attributeType));

    private EnumRules? ReadEnum(INamedTypeSymbol enumType)
    {
        var members = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToArray();
        return members.Length == 0 ? null : new EnumRules(enumType, members.Select(ReadMember).ToImmutableArray());
    }

    private EnumMemberRule ReadMember(IFieldSymbol field)
    {
        var symbols = Symbols!;
        string wireValue = field.Name;
        var sensors = default(ImmutableArray<string>);
        INamedTypeSymbol? sensorEnum = null;
        string? reason = null;
        string? replacedBy = null;
        var alternatives = ImmutableArray.CreateBuilder<string>();
        foreach (var attribute in field.GetAttributes())
        {
            if (RuleSymbols.Is(attribute, symbols.EnumMember))
            {
                wireValue = attribute.NamedArguments.FirstOrDefault(n => n.Key == "Value").Value.Value as string ?? wireValue;
            }
            else if (RuleSymbols.Is(attribute, symbols.AcceptedBySensors) && attribute.ConstructorArguments.Length == 1)
            {
                (sensors, sensorEnum) = ReadSensors(attribute.ConstructorArguments[0], field.ContainingType);
            }
            else if (RuleSymbols.Is(attribute, symbols.Deprecated) && attribute.ConstructorArguments.Length == 1)
            {
                reason = attribute.ConstructorArguments[0].Value as string ?? string.Empty;
                replacedBy = attribute.NamedArguments.FirstOrDefault(n => n.Key == "ReplacedBy").Value.Value as string;
            }
            else if (RuleSymbols.Is(attribute, symbols.AlternativeValue) && attribute.ConstructorArguments.FirstOrDefault().Value is string alternative)
            {
                alternatives.Add(alternative);
            }
        }

        return new EnumMemberRule(field, wireValue, sensors, sensorEnum, reason, replacedBy, alternatives.ToImmutable());
    }

    private (ImmutableArray<string> Sensors, INamedTypeSymbol? SensorEnum) ReadSensors(TypedConstant argument, INamedTypeSymbol owner)
    {
        var values = argument.Kind == TypedConstantKind.Array ? argument.Values : ImmutableArray.Create(argument);
        var sensorEnum = values.Select(v => v.Type).OfType<INamedTypeSymbol>().FirstOrDefault(t => t.TypeKind == TypeKind.Enum);
        var sensorRules = sensorEnum is null || SymbolEqualityComparer.Default.Equals(sensorEnum, owner) ? null : GetEnumRules(sensorEnum);
        var sensors = values
            .Select(v => sensorRules?.FindByConstant(v.Value)?.WireValue ?? v.Value?.ToString())
            .OfType<string>()
            .ToImmutableArray();

        // A value every sensor accepts restricts nothing; leaving it out keeps messages to the values that clash.
        var acceptsEverySensor = sensorRules is not null && sensorRules.Members.All(m => sensors.Contains(m.WireValue));
        return (acceptsEverySensor ? default : sensors, sensorEnum);
    }
}
