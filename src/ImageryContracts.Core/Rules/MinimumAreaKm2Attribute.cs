namespace ImageryContracts.Rules;

/// <summary>
/// The smallest area of interest the vendor accepts, in km² on the WGS 84 ellipsoid
/// (spec extension <c>x-imagery-min-area-km2</c>). Placed on the generated geometry model or property.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class MinimumAreaKm2Attribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="km2">The minimum area in square kilometres.</param>
    public MinimumAreaKm2Attribute(double km2) => Km2 = km2;

    /// <summary>The minimum area in square kilometres.</summary>
    public double Km2 { get; }
}
