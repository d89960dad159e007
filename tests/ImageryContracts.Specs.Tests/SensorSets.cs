namespace ImageryContracts.Specs.Tests;

/// <summary>The seed's "Sensors" column in the spec's wire values: SPOT, Pleiades (PHR), PleiadesNeo (PNEO).</summary>
internal static class SensorSets
{
    public static readonly string[] SpotAndPleiades = ["SPOT", "PHR"];

    public static readonly string[] PleiadesNeo = ["PNEO"];

    public static readonly string[] All = ["SPOT", "PHR", "PNEO"];
}
