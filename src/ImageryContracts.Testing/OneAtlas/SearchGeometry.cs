using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Newtonsoft.Json.Linq;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>The forms a search area takes on the wire (GeoJSON in POST, WKT in GET and POST, a <c>bbox</c>), as NetTopologySuite geometries.</summary>
internal static class SearchGeometry
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>A GeoJSON geometry object (Point, LineString, Polygon, MultiLineString or MultiPolygon).</summary>
    public static NetTopologySuite.Geometries.Geometry FromGeoJson(JObject geometry)
    {
        var type = geometry["type"]?.ToString();
        var coordinates = geometry["coordinates"] as JArray
            ?? throw new CatalogueQueryException("geometry", $"geometry has no coordinates array; send a GeoJSON geometry such as {{\"type\":\"Polygon\",\"coordinates\":[[[lon,lat],…]]}}.");
        try
        {
            return type switch
            {
                "Point" => Factory.CreatePoint(Coordinate(coordinates)),
                "LineString" => Factory.CreateLineString(Coordinates(coordinates)),
                "Polygon" => Polygon(coordinates),
                "MultiLineString" => Factory.CreateMultiLineString(coordinates.Select(line => Factory.CreateLineString(Coordinates((JArray)line))).ToArray()),
                "MultiPolygon" => Factory.CreateMultiPolygon(coordinates.Select(polygon => Polygon((JArray)polygon)).ToArray()),
                _ => throw new CatalogueQueryException("geometry", $"geometry type '{type}' is not one OneAtlas searches by; use Point, LineString, Polygon, MultiLineString or MultiPolygon."),
            };
        }
        catch (Exception exception) when (exception is InvalidCastException or ArgumentException or FormatException)
        {
            throw new CatalogueQueryException("geometry", $"geometry {geometry.ToString(Newtonsoft.Json.Formatting.None)} is not a valid GeoJSON {type}: {exception.Message}");
        }
    }

    /// <summary>A WKT geometry (<c>POLYGON ((lon lat, …))</c>), as QGIS sends it upper-cased in GET.</summary>
    public static NetTopologySuite.Geometries.Geometry FromWkt(string wkt)
    {
        try
        {
            return new WKTReader(NetTopologySuite.NtsGeometryServices.Instance).Read(wkt);
        }
        catch (ParseException exception)
        {
            throw new CatalogueQueryException("geometry", $"geometry '{wkt}' is not WKT ({exception.Message}); send POLYGON ((lon lat, lon lat, …)) or a GeoJSON geometry.");
        }
    }

    /// <summary>A <c>bbox</c>, <c>minLon,minLat,maxLon,maxLat</c>.</summary>
    public static NetTopologySuite.Geometries.Geometry FromBox(string bbox)
    {
        var parts = bbox.Split(',').Select(part => double.TryParse(part.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : (double?)null).ToArray();
        if (parts.Length != 4 || parts.Any(part => part is null) || parts[0] > parts[2] || parts[1] > parts[3])
        {
            throw new CatalogueQueryException("bbox", $"bbox '{bbox}' is not minLon,minLat,maxLon,maxLat in decimal degrees; for example -122.537,37.595,-122.303,37.807.");
        }

        return Factory.ToGeometry(new Envelope(parts[0]!.Value, parts[2]!.Value, parts[1]!.Value, parts[3]!.Value));
    }

    private static Polygon Polygon(JArray rings) =>
        Factory.CreatePolygon(
            Factory.CreateLinearRing(Coordinates((JArray)rings[0])),
            rings.Skip(1).Select(ring => Factory.CreateLinearRing(Coordinates((JArray)ring))).ToArray());

    private static Coordinate[] Coordinates(JArray positions) => positions.Select(position => Coordinate((JArray)position)).ToArray();

    private static Coordinate Coordinate(JArray position) =>
        new(position[0].Value<double>(), position[1].Value<double>());
}
