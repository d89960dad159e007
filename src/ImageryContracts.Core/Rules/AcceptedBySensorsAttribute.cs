namespace ImageryContracts.Rules;

/// <summary>
/// Marks an enum member with the sensors the vendor accepts it for (spec extension <c>x-imagery-sensors</c>).
/// A combination of values is invalid when the sensor sets of its parts do not intersect.
/// </summary>
/// <remarks>
/// The sensors are members of the vendor's generated sensor enum; the attribute takes them as <see cref="object"/>
/// because this assembly cannot know the generated enum type.
/// </remarks>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class AcceptedBySensorsAttribute : Attribute
{
    /// <summary>
    /// The rule ID a request carries when it does not fit the sensor: the same as the analyzers' compile-time
    /// incompatible-sensors diagnostic, and what a facade reports when an order does not fit the image it names.
    /// </summary>
    public const string RuleId = RuleIds.IncompatibleSensors;

    /// <summary>Creates the attribute from the members of the generated sensor enum.</summary>
    /// <param name="sensors">The sensors that accept the marked value.</param>
    public AcceptedBySensorsAttribute(params object[] sensors) => Sensors = sensors;

    /// <summary>The sensors that accept the marked value.</summary>
    public IReadOnlyList<object> Sensors { get; }
}
