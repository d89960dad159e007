using System.Globalization;

namespace ImageryContracts.Geometry;

/// <summary>A GeoJSON position on WGS 84: longitude first, then latitude, both in degrees (RFC 7946 §3.1.1).</summary>
/// <param name="Longitude">Degrees east, in [-180, 180] for a valid AOI.</param>
/// <param name="Latitude">Degrees north, in [-90, 90] for a valid AOI.</param>
public readonly record struct GeoPosition(double Longitude, double Latitude)
{
    /// <summary>The position as GeoJSON writes it, <c>[lon, lat]</c>, with invariant digits.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Longitude:R}, {Latitude:R}]");
}
