using ImageryContracts.Geometry;
using ImageryContracts.OneAtlas.Models;

namespace ImageryContracts.OneAtlas.Ordering;

/// <summary>Turns Core's AOI polygon into the generated request model, so an AOI is built and measured once.</summary>
public static class AoiConversion
{
    /// <summary>The AOI as OneAtlas' <see cref="Polygon"/> model: the same rings, <c>[longitude, latitude]</c> positions.</summary>
    /// <param name="aoi">The polygon.</param>
    /// <returns>The request model.</returns>
    public static Polygon ToOneAtlasPolygon(this GeoJsonPolygon aoi)
    {
        ArgumentNullException.ThrowIfNull(aoi);
        return new Polygon
        {
            Type = PolygonType.Polygon,
            Coordinates = [.. aoi.Rings.Select(ring => ring.Select(position => new List<double> { position.Longitude, position.Latitude }).ToList())],
        };
    }
}
