using System.Globalization;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Geometry;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.DataCosmos.Catalogue;

/// <summary>
/// The kit's polygons as the generated models carry them: a search's <c>intersects</c> and an item's footprint
/// (<see cref="GeoJsonGeometry"/>, coordinates as Kiota's untyped nodes since their depth depends on the type), and an
/// order line's clip (<see cref="Polygon"/>).
/// </summary>
internal static class StacGeoJson
{
    public static GeoJsonGeometry ToGeometry(GeoJsonPolygon polygon) => new()
    {
        Type = GeoJsonGeometryType.Polygon.ToWireValue(),
        Coordinates = new UntypedArray([.. polygon.Rings.Select(ring => (UntypedNode)new UntypedArray(
            [.. ring.Select(p => (UntypedNode)new UntypedArray([new UntypedDouble(p.Longitude), new UntypedDouble(p.Latitude)]))]))]),
    };

    public static Polygon ToOrderPolygon(GeoJsonPolygon polygon) => new()
    {
        Type = PolygonType.Polygon,
        Coordinates = [.. polygon.Rings.Select(ring => ring.Select(p => new List<double> { p.Longitude, p.Latitude }).ToList())],
    };

    /// <summary>A Polygon footprint as the kit's polygon (heights dropped); null for other types or unreadable coordinates.</summary>
    public static GeoJsonPolygon? ToPolygon(GeoJsonGeometry? geometry)
    {
        if (geometry?.Type != GeoJsonGeometryType.Polygon.ToWireValue() || geometry.Coordinates is not UntypedArray rings)
        {
            return null;
        }

        var read = new List<double[][]>();
        foreach (var ring in rings.GetValue())
        {
            if (ring is not UntypedArray positions)
            {
                return null;
            }

            var points = new List<double[]>();
            foreach (var position in positions.GetValue())
            {
                var numbers = position is UntypedArray pair ? pair.GetValue().Take(2).Select(Number).ToArray() : [];
                if (numbers.Length < 2 || numbers.Any(n => n is null))
                {
                    return null;
                }

                points.Add([numbers[0]!.Value, numbers[1]!.Value]);
            }

            read.Add([.. points]);
        }

        return GeoJsonPolygon.FromCoordinates([.. read]);
    }

    /// <summary>The box a bbox names (its first two and its middle two numbers when it has heights), as a polygon.</summary>
    public static GeoJsonPolygon? BoxOf(IReadOnlyList<double?>? bbox)
    {
        if (bbox is not { Count: 4 or 6 } || bbox.Any(value => value is null))
        {
            return null;
        }

        var (west, south, east, north) = bbox.Count == 6 ? (bbox[0]!.Value, bbox[1]!.Value, bbox[3]!.Value, bbox[4]!.Value) : (bbox[0]!.Value, bbox[1]!.Value, bbox[2]!.Value, bbox[3]!.Value);
        return new GeoJsonPolygon([new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)]);
    }

    // A JSON number with a fraction arrives as a decimal; its text gives the exact double.
    private static double? Number(UntypedNode node) => node switch
    {
        UntypedDouble value => value.GetValue(),
        UntypedDecimal value => double.Parse(value.GetValue().ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        UntypedFloat value => value.GetValue(),
        UntypedLong value => value.GetValue(),
        UntypedInteger value => value.GetValue(),
        _ => null,
    };
}
