using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Rules;

/// <summary>What the rule attributes say about one member of a generated enum.</summary>
internal sealed class EnumMemberRule
{
    public EnumMemberRule(
        IFieldSymbol field,
        string wireValue,
        ImmutableArray<string> sensors,
        INamedTypeSymbol? sensorEnum,
        string? deprecationReason,
        string? replacedBy,
        ImmutableArray<string> alternatives)
    {
        Field = field;
        WireValue = wireValue;
        Sensors = sensors;
        SensorEnum = sensorEnum;
        DeprecationReason = deprecationReason;
        ReplacedBy = replacedBy;
        Alternatives = alternatives;
        AsSensor = ImmutableArray.Create(wireValue);
    }

    public IFieldSymbol Field { get; }

    public string Name => Field.Name;

    public string WireValue { get; }

    /// <summary>The wire values of the sensors that accept this member; default when every sensor does.</summary>
    public ImmutableArray<string> Sensors { get; }

    public bool IsRestricted => !Sensors.IsDefault;

    /// <summary>The sensors this member accepts when it is itself a sensor: only its own wire value.</summary>
    public ImmutableArray<string> AsSensor { get; }

    /// <summary>The generated sensor enum the <c>[AcceptedBySensors]</c> arguments belong to.</summary>
    public INamedTypeSymbol? SensorEnum { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The wire value of the replacement the vendor names, if any.</summary>
    public string? ReplacedBy { get; }

    /// <summary>Wire values of members that serve the same purpose on other sensors.</summary>
    public ImmutableArray<string> Alternatives { get; }
}
