using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit;

/// <summary>
/// Describes an accepted CRS set in words for messages:
/// "EPSG:4326, EPSG:32601–32660 (UTM north zones 1–60), EPSG:32701–32760 (UTM south zones 1–60)".
/// </summary>
public static class CrsCodeSetText
{
    /// <summary>The first EPSG code of the WGS 84 UTM north zones (zone n is this + n).</summary>
    public const int UtmNorthBase = 32600;

    /// <summary>The first EPSG code of the WGS 84 UTM south zones (zone n is this + n).</summary>
    public const int UtmSouthBase = 32700;

    /// <summary>The sentence listing the accepted codes.</summary>
    /// <param name="set">The accepted set.</param>
    /// <returns>The description.</returns>
    public static string Describe(ApiCrsCodeSet set)
    {
        var parts = new List<string>();
        parts.AddRange(set.Codes.Select(c => "EPSG:" + Number(c)));
        parts.AddRange(set.Ranges.Select(DescribeRange));
        return string.Join(", ", parts);
    }

    /// <summary>Whether the set accepts a code.</summary>
    /// <param name="set">The accepted set.</param>
    /// <param name="code">An EPSG number.</param>
    /// <returns><see langword="true"/> when accepted.</returns>
    public static bool Accepts(ApiCrsCodeSet set, int code) =>
        set.Codes.Contains(code) || set.Ranges.Any(r => r.From <= code && code <= r.To);

    private static string DescribeRange(ApiCodeRange range)
    {
        var text = $"EPSG:{Number(range.From)}–{Number(range.To)}";
        return UtmZones(range, UtmNorthBase) is { } north ? $"{text} (UTM north zones {north})"
            : UtmZones(range, UtmSouthBase) is { } south ? $"{text} (UTM south zones {south})"
            : text;
    }

    private static string? UtmZones(ApiCodeRange range, int zoneBase) =>
        range.From > zoneBase && range.To <= zoneBase + 60 ? $"{Number(range.From - zoneBase)}–{Number(range.To - zoneBase)}" : null;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
