using ImageryContracts.Geometry;
using ImageryContracts.Testing.DataCosmos.Contract;
using NetTopologySuite.Geometries;
using Polygon = NetTopologySuite.Geometries.Polygon;
using Newtonsoft.Json.Linq;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>
/// GeoJSON geometries as the STAC wire carries them (<c>{type, coordinates}</c>) and as NetTopologySuite tests them:
/// footprints written out, <c>intersects</c> read in (Point, MultiPoint, LineString, MultiLineString, Polygon,
/// MultiPolygon), on the plane of longitude and latitude.
/// </summary>
internal static class StacGeometry
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>A polygon as the wire's geometry.</summary>
    public static GeoJsonGeometry ToWire(GeoJsonPolygon polygon) => new()
    {
        Type = "Polygon",
        Coordinates = new JArray(polygon.Rings.Select(ring => new JArray(ring.Select(p => new JArray(p.Longitude, p.Latitude))))),
    };

    /// <summary>The wire's geometry for testing, or a message naming what is wrong with it.</summary>
    public static (NetTopologySuite.Geometries.Geometry? Geometry, string? Problem) FromWire(GeoJsonGeometry geometry)
    {
        try
        {
            var coordinates = geometry.Coordinates as JArray ?? throw new FormatException("coordinates must be an array");
            NetTopologySuite.Geometries.Geometry result = geometry.Type switch
            {
                "Point" => Factory.CreatePoint(Position(coordinates)),
                "MultiPoint" => Factory.CreateMultiPointFromCoords(Positions(coordinates)),
                "LineString" => Factory.CreateLineString(Positions(coordinates)),
                "MultiLineString" => Factory.CreateMultiLineString([.. coordinates.Select(line => Factory.CreateLineString(Positions(line)))]),
                "Polygon" => PolygonOf(coordinates),
                "MultiPolygon" => Factory.CreateMultiPolygon([.. coordinates.Select(PolygonOf)]),
                _ => throw new FormatException($"type '{geometry.Type}' is not one of Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon"),
            };
            return (result, null);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidCastException)
        {
            return (null, $"intersects is not a GeoJSON geometry: {exception.Message}.");
        }
    }

    /// <summary>A polygon for testing.</summary>
    public static Polygon ToNts(GeoJsonPolygon polygon) => (Polygon)FromWire(ToWire(polygon)).Geometry!;

    private static Polygon PolygonOf(JToken rings)
    {
        var linear = rings.Select(ring => Factory.CreateLinearRing(Positions(ring))).ToArray();
        return linear.Length > 0 ? Factory.CreatePolygon(linear[0], linear[1..]) : throw new FormatException("a Polygon needs at least its exterior ring");
    }

    private static Coordinate[] Positions(JToken positions) => [.. positions.Select(Position)];

    private static Coordinate Position(JToken position) =>
        position is JArray { Count: >= 2 } pair
            ? new Coordinate(pair[0].Value<double>(), pair[1].Value<double>())
            : throw new FormatException($"position {position.ToString(Newtonsoft.Json.Formatting.None)} is not [longitude, latitude]");
}
