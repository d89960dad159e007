using NetTopologySuite.Geometries;

namespace ImageryContracts.Geometry;

/// <summary>
/// Whether two polygons overlap, on the plane of longitude and latitude where RFC 7946 draws the edges: how an AOI is
/// checked against an image's footprint before anything is ordered. Touching boundaries count as overlapping.
/// </summary>
public static class PolygonOverlap
{
    /// <summary>Whether the polygons share any point.</summary>
    /// <param name="first">A polygon, for example the AOI.</param>
    /// <param name="second">Another, for example the footprint.</param>
    /// <returns><see langword="true"/> when they intersect.</returns>
    /// <exception cref="ArgumentException">A ring has fewer than four positions or is not closed (see <see cref="GeoJsonPolygon.Validate(string)"/>).</exception>
    public static bool Intersects(this GeoJsonPolygon first, GeoJsonPolygon second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var factory = new GeometryFactory();
        return ToNts(first, factory).Intersects(ToNts(second, factory));
    }

    /// <summary>The polygon as a NetTopologySuite polygon, x = longitude, y = latitude.</summary>
    internal static Polygon ToNts(GeoJsonPolygon polygon, GeometryFactory factory)
    {
        var rings = polygon.Rings
            .Select(ring => factory.CreateLinearRing(ring.Select(p => new Coordinate(p.Longitude, p.Latitude)).ToArray()))
            .ToArray();
        return factory.CreatePolygon(rings[0], rings[1..]);
    }
}
