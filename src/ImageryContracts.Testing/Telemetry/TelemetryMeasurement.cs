namespace ImageryContracts.Testing.Telemetry;

/// <summary>One measurement of one of the kit's counters, as a <see cref="TelemetryCapture"/> saw it.</summary>
/// <param name="Instrument">The counter's name.</param>
/// <param name="Unit">The counter's unit.</param>
/// <param name="Value">The amount added.</param>
/// <param name="Tags">The measurement's tags, in the order the kit gave them.</param>
public sealed record TelemetryMeasurement(string Instrument, string? Unit, long Value, IReadOnlyList<KeyValuePair<string, object?>> Tags)
{
    /// <summary>The value of a tag, or <c>null</c> when the measurement has none of that name.</summary>
    /// <param name="name">The tag's name.</param>
    /// <returns>The value.</returns>
    public object? Tag(string name) => Tags.FirstOrDefault(tag => tag.Key == name).Value;
}
