using System.Globalization;
using ImageryContracts.Validation;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace ImageryContracts.Geometry;

/// <summary>
/// The AOI checks every vendor applies, in the order a user fixes them: ring size and closure and coordinate ranges
/// first (each reported per position), then topology from NetTopologySuite, then the vendor's minimum area. Topology
/// and area are skipped while the rings are malformed, because neither is meaningful for them.
/// </summary>
internal static class AoiValidator
{
    private const int MinimumRingPositions = 4;

    // A topology error's point lies on an edge to within rounding of the degrees it was computed from.
    private const double OnEdgeToleranceDegrees = 1e-9;

    public static ValidationResult Validate(GeoJsonPolygon polygon, string fieldPath, AoiMinimumArea? minimum)
    {
        var problems = new List<ValidationProblem>();
        if (polygon.Rings.Count == 0)
        {
            problems.Add(Problem(
                "The AOI polygon has no rings; give an exterior ring of at least 4 positions with the first repeated at the end.",
                $"{fieldPath}/coordinates"));
        }

        for (var ring = 0; ring < polygon.Rings.Count; ring++)
        {
            CheckRing(polygon.Rings[ring], ring, fieldPath, problems);
        }

        if (problems.Count == 0 && FindTopologyProblem(polygon, fieldPath) is { } topologyProblem)
        {
            problems.Add(topologyProblem);
        }

        if (problems.Count == 0 && minimum is { } min && polygon.AreaKm2 < min.Km2)
        {
            problems.Add(Problem(
                $"AOI area {FormatUnder(polygon.AreaKm2, min.Km2)} km² is under {Possessive(min.VendorName)} minimum of {Format(min.Km2)} km²; enlarge the polygon.",
                fieldPath));
        }

        return problems.Count == 0 ? ValidationResult.Success : new ValidationResult(problems);
    }

    private static void CheckRing(IReadOnlyList<GeoPosition> positions, int ring, string fieldPath, List<ValidationProblem> problems)
    {
        var ringPath = $"{fieldPath}/coordinates/{ring}";
        if (positions.Count < MinimumRingPositions)
        {
            problems.Add(Problem(
                $"AOI {RingName(ring)} has {positions.Count} position(s); a ring needs at least {MinimumRingPositions} (three corners and the first repeated at the end): add positions.",
                ringPath));
        }

        if (positions.Count > 0 && positions[0] != positions[^1])
        {
            var last = positions.Count - 1;
            problems.Add(Problem(
                $"AOI {RingName(ring)} is not closed: its last position {last} {positions[last]} differs from its first position 0 {positions[0]}; repeat {positions[0]} at the end.",
                $"{ringPath}/{last}"));
        }

        for (var index = 0; index < positions.Count; index++)
        {
            var position = positions[index];
            if (!(position.Longitude is >= -180 and <= 180))
            {
                problems.Add(Problem(
                    $"AOI {RingName(ring)} position {index} {position} has longitude {Format(position.Longitude)} outside [-180, 180]; give WGS 84 degrees, longitude first.",
                    $"{ringPath}/{index}/0"));
            }

            if (!(position.Latitude is >= -90 and <= 90))
            {
                problems.Add(Problem(
                    $"AOI {RingName(ring)} position {index} {position} has latitude {Format(position.Latitude)} outside [-90, 90]; GeoJSON positions are [longitude, latitude], so check the order.",
                    $"{ringPath}/{index}/1"));
            }
        }
    }

    private static ValidationProblem? FindTopologyProblem(GeoJsonPolygon polygon, string fieldPath)
    {
        var error = new IsValidOp(polygon.ToGeometry()).ValidationError;
        if (error is null)
        {
            return null;
        }

        var point = new GeoPosition(error.Coordinate.X, error.Coordinate.Y);
        var edges = EdgesThrough(polygon, error.Coordinate);
        var where = edges.Count == 0
            ? $"at {point}"
            : $"at {point}, on {string.Join(" and ", edges.Select(edge => $"{RingName(edge.Ring)} edge {edge.From}→{edge.From + 1}"))}";
        var field = edges.Count == 0 ? $"{fieldPath}/coordinates" : $"{fieldPath}/coordinates/{edges[0].Ring}/{edges[0].From}";
        var message = error.ErrorType switch
        {
            TopologyValidationErrors.SelfIntersection or TopologyValidationErrors.RingSelfIntersection =>
                $"AOI ring crosses or touches itself {where}; reorder the positions so that no two edges meet except at consecutive corners (a figure-eight is two polygons).",
            TopologyValidationErrors.TooFewPoints =>
                $"AOI ring collapses to fewer than 3 distinct corners {where}; remove repeated positions and give at least 3 distinct corners.",
            TopologyValidationErrors.HoleOutsideShell =>
                $"AOI hole lies outside the exterior ring {where}; move the hole inside the exterior ring or remove it.",
            _ => $"AOI is not a valid polygon ({error.Message}) {where}; make each ring simple and every hole lie inside the exterior ring without touching another hole.",
        };
        return Problem(message, field);
    }

    private static List<(int Ring, int From)> EdgesThrough(GeoJsonPolygon polygon, Coordinate point)
    {
        var edges = new List<(int Ring, int From)>();
        for (var ring = 0; ring < polygon.Rings.Count; ring++)
        {
            var positions = polygon.Rings[ring];
            for (var from = 0; from < positions.Count - 1; from++)
            {
                var segment = new LineSegment(
                    positions[from].Longitude, positions[from].Latitude, positions[from + 1].Longitude, positions[from + 1].Latitude);
                if (segment.Distance(point) <= OnEdgeToleranceDegrees)
                {
                    edges.Add((ring, from));
                }
            }
        }

        return edges;
    }

    private static ValidationProblem Problem(string message, string field) =>
        new(GeoJsonPolygon.AoiRuleId, message, [field]);

    private static string RingName(int ring) => ring == 0 ? "exterior ring 0" : $"hole ring {ring}";

    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // Enough decimals to show two significant digits, and more if rounding would make the area look as large as the minimum.
    private static string FormatUnder(double area, double minimum)
    {
        var decimals = area > 0 ? Math.Clamp(1 - (int)Math.Floor(Math.Log10(area)), 1, 15) : 1;
        var text = area.ToString("F" + decimals, CultureInfo.InvariantCulture);
        while (decimals < 15 && double.Parse(text, CultureInfo.InvariantCulture) >= minimum)
        {
            decimals++;
            text = area.ToString("F" + decimals, CultureInfo.InvariantCulture);
        }

        return text;
    }
}
