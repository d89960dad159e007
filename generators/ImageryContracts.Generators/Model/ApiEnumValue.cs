using ImageryContracts.Generators.Helpers;

namespace ImageryContracts.Generators.Model;

/// <summary>One value of a string enum with its C# name, documentation and rule metadata.</summary>
public sealed record ApiEnumValue
{
    /// <summary>The wire value.</summary>
    public string WireValue { get; init; } = "";

    /// <summary>The C# member name (<c>x-enum-varnames</c>, else PascalCase of the wire value).</summary>
    public string MemberName { get; init; } = "";

    /// <summary>The documentation (<c>x-enum-descriptions</c>).</summary>
    public string? Description { get; init; }

    /// <summary>
    /// <c>x-imagery-sensors</c>: the wire values of the sensors that accept this value; null when the spec sets no
    /// restriction.
    /// </summary>
    public EquatableArray<string>? Sensors { get; init; }

    /// <summary><c>x-imagery-deprecated</c>.</summary>
    public ApiDeprecation? Deprecation { get; init; }

    /// <summary><c>x-imagery-alternatives</c>: wire values of the same enum serving the same purpose on other sensors.</summary>
    public EquatableArray<string> Alternatives { get; init; }

    /// <summary>
    /// <c>x-imagery-sensor-of</c>: the wire value of the one sensor whose rules apply to a catalogue item with this value;
    /// null when the spec names none.
    /// </summary>
    public string? SensorOf { get; init; }
}
