using System.Globalization;

namespace ImageryContracts.Serialization;

/// <summary>
/// Date-times a vendor writes as ISO 8601 text that may leave the UTC offset out (OneAtlas' <c>processingDate</c> on
/// SENSOR items: <c>2020-04-02T19:30:32.373</c>). System.Text.Json, and so Kiota, reads such a value in the reading
/// machine's local time zone; here it is UTC, whatever the machine. The generated models use this for properties
/// marked <c>x-imagery-clr-type: date-time</c>, and write the wire text back unchanged until the property is set.
/// </summary>
public static class WireDateTime
{
    /// <summary>Reads <c>yyyy-MM-ddTHH:mm:ss</c>, an optional fraction (any number of digits, kept to 100 ns) and an optional <c>Z</c> or <c>±hh:mm</c>.</summary>
    /// <param name="text">The wire text.</param>
    /// <param name="value">The instant, with the wire's offset, or UTC when it has none.</param>
    /// <returns>Whether the text is such a date-time.</returns>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null || text.Length < SecondsLength || !IsSeconds(text.AsSpan(0, SecondsLength)))
        {
            return false;
        }

        // A search page carries four such values per item, so the text is checked and cut in place: the parse allocates nothing.
        var fractionEnd = SecondsLength;
        if (fractionEnd < text.Length && text[fractionEnd] == '.')
        {
            do
            {
                fractionEnd++;
            }
            while (fractionEnd < text.Length && char.IsAsciiDigit(text[fractionEnd]));

            if (fractionEnd == SecondsLength + 1)
            {
                return false;
            }
        }

        var offset = text.AsSpan(fractionEnd);
        if (!offset.IsEmpty && !IsOffset(offset))
        {
            return false;
        }

        // DateTimeOffset reads at most seven fraction digits; the wire sends up to nine, and the rest is below 100 ns.
        var fraction = text.AsSpan(SecondsLength, Math.Min(fractionEnd - SecondsLength, MaxFractionLength));
        Span<char> normalized = stackalloc char[SecondsLength + MaxFractionLength + OffsetLength];
        text.AsSpan(0, SecondsLength).CopyTo(normalized);
        fraction.CopyTo(normalized[SecondsLength..]);
        offset.CopyTo(normalized[(SecondsLength + fraction.Length)..]);
        return DateTimeOffset.TryParseExact(
            normalized[..(SecondsLength + fraction.Length + offset.Length)], "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>Writes a date-time set in code: round-trip form with its offset (<c>2020-04-02T19:30:32.3730000+00:00</c>).</summary>
    /// <param name="value">The instant; null writes nothing.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture);

    private const int SecondsLength = 19;
    private const int MaxFractionLength = 8;
    private const int OffsetLength = 6;

    // yyyy-MM-ddTHH:mm:ss, ASCII digits only.
    private static bool IsSeconds(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var expected = i switch
            {
                4 or 7 => '-',
                10 => 'T',
                13 or 16 => ':',
                _ => '0',
            };
            if (expected == '0' ? !char.IsAsciiDigit(text[i]) : text[i] != expected)
            {
                return false;
            }
        }

        return true;
    }

    // Z, or ±hh:mm.
    private static bool IsOffset(ReadOnlySpan<char> offset) =>
        offset is ['Z'] || (offset is ['+' or '-', var h1, var h2, ':', var m1, var m2]
            && char.IsAsciiDigit(h1) && char.IsAsciiDigit(h2) && char.IsAsciiDigit(m1) && char.IsAsciiDigit(m2));
}
