namespace ImageryContracts.Testing.Specs;

/// <summary>
/// A request field whose values are accepted by some sensors only (<c>x-imagery-sensors</c> on the field's enum schema).
/// </summary>
/// <param name="Field">The field's wire name.</param>
/// <param name="SensorsByValue">For each wire value, the sensors that accept it.</param>
internal sealed record SensorRestriction(string Field, IReadOnlyDictionary<string, IReadOnlyList<string>> SensorsByValue)
{
    /// <summary>The values of this field that <paramref name="sensor"/> accepts, for the message's fix.</summary>
    public IEnumerable<string> ValuesAcceptedBy(string sensor) =>
        SensorsByValue.Where(pair => pair.Value.Contains(sensor)).Select(pair => pair.Key);
}
