using ImageryContracts.Geometry;

namespace OrderWorkflow.CommandLine;

/// <summary>Reads <c>--aoi FILE.geojson</c>: a GeoJSON Polygon geometry, checked as an AOI.</summary>
internal static class AoiFile
{
    /// <summary>Reads and checks the polygon in <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="error">Why the file is not a usable AOI, naming the file and the fix; <c>null</c> when it is.</param>
    /// <returns>The polygon, or <c>null</c> with <paramref name="error"/> set.</returns>
    public static GeoJsonPolygon? TryRead(string path, out string? error)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"--aoi {path}: the file cannot be read ({unreadable.Message}); give the path of a .geojson file holding a Polygon.";
            return null;
        }

        GeoJsonPolygon polygon;
        try
        {
            polygon = GeoJsonPolygon.Parse(text);
        }
        catch (FormatException notPolygon)
        {
            error = $"--aoi {path}: {notPolygon.Message} The file must hold one Polygon geometry, such as {{\"type\":\"Polygon\",\"coordinates\":[[[lon,lat],…]]}}.";
            return null;
        }

        var problems = polygon.Validate("aoi").Errors.ToList();
        error = problems.Count == 0 ? null : $"--aoi {path} is not a usable AOI: {string.Join("; ", problems.Select(problem => problem.Message))}";
        return error is null ? polygon : null;
    }
}
