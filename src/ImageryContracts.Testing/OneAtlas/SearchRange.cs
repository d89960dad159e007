using System.Globalization;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>
/// A search filter's range: <c>[min,max]</c> with either end open (<c>[0,30]</c>, <c>10]</c>, <c>[2017-08-29T00:00:00Z</c>), or
/// one value that must match exactly. Both ends count as included: the vendor reference's prose says brackets mean the
/// opposite, which contradicts every client's <c>[0,30]</c>, so the simulator takes the clients' reading.
/// </summary>
/// <typeparam name="T">Numbers or instants.</typeparam>
/// <param name="Min">The smallest accepted value, or null for none.</param>
/// <param name="Max">The largest accepted value, or null for none.</param>
internal sealed record SearchRange<T>(T? Min, T? Max)
    where T : struct, IComparable<T>
{
    public bool Contains(T value) =>
        (Min is not { } min || value.CompareTo(min) >= 0) && (Max is not { } max || value.CompareTo(max) <= 0);

    /// <summary>Reads a range or a single value; null when the text is neither.</summary>
    /// <param name="text">The filter's text.</param>
    /// <param name="value">Reads one end.</param>
    public static SearchRange<T>? Parse(string text, Func<string, T?> value)
    {
        var trimmed = text.Trim();
        var bracketed = trimmed.StartsWith('[') || trimmed.StartsWith(']') || trimmed.EndsWith('[') || trimmed.EndsWith(']');
        var inner = trimmed.Trim('[', ']');
        if (!bracketed)
        {
            return value(inner) is { } exact ? new SearchRange<T>(exact, exact) : null;
        }

        var comma = inner.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            // "[x" or "]x" opens the range upwards from x; "x]" or "x[" closes it at x.
            var from = trimmed.StartsWith('[') || trimmed.StartsWith(']');
            return value(inner) is { } bound ? (from ? new SearchRange<T>(bound, null) : new SearchRange<T>(null, bound)) : null;
        }

        var (left, right) = (inner[..comma].Trim(), inner[(comma + 1)..].Trim());
        T? min = left.Length == 0 ? null : value(left);
        T? max = right.Length == 0 ? null : value(right);
        return (left.Length > 0 && min is null) || (right.Length > 0 && max is null) ? null : new SearchRange<T>(min, max);
    }
}

/// <summary>Readers of one range end.</summary>
internal static class SearchRangeValues
{
    public static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static DateTimeOffset? Instant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
