using System.Globalization;
using System.Text.RegularExpressions;

namespace ImageryContracts.Serialization;

/// <summary>
/// Date-times a vendor writes as ISO 8601 text that may leave the UTC offset out (OneAtlas' <c>processingDate</c> on
/// SENSOR items: <c>2020-04-02T19:30:32.373</c>). System.Text.Json, and so Kiota, reads such a value in the reading
/// machine's local time zone; here it is UTC, whatever the machine. The generated models use this for properties
/// marked <c>x-imagery-clr-type: date-time</c>, and write the wire text back unchanged until the property is set.
/// </summary>
public static partial class WireDateTime
{
    /// <summary>Reads <c>yyyy-MM-ddTHH:mm:ss</c>, an optional fraction (any number of digits, kept to 100 ns) and an optional <c>Z</c> or <c>±hh:mm</c>.</summary>
    /// <param name="text">The wire text.</param>
    /// <param name="value">The instant, with the wire's offset, or UTC when it has none.</param>
    /// <returns>Whether the text is such a date-time.</returns>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null || Shape().Match(text) is not { Success: true } match)
        {
            return false;
        }

        var fraction = match.Groups["fraction"].Value;
        var normalized = match.Groups["seconds"].Value
            + (fraction.Length > 8 ? fraction[..8] : fraction)
            + match.Groups["offset"].Value;
        return DateTimeOffset.TryParseExact(
            normalized, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>Writes a date-time set in code: round-trip form with its offset (<c>2020-04-02T19:30:32.3730000+00:00</c>).</summary>
    /// <param name="value">The instant; null writes nothing.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<seconds>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?<fraction>\.\d+)?(?<offset>Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
