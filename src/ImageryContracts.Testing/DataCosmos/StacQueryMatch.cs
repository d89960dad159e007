using System.Globalization;
using ImageryContracts.Testing.DataCosmos.Contract;
using Newtonsoft.Json.Linq;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>
/// The STAC Query extension's operators on one item property: numbers compare as numbers, RFC 3339 strings as
/// instants, other strings ordinally and case-insensitively (an assumption: items say <c>L1D</c> where the vendor SDK
/// sends <c>l1D</c>, and the server's rule is not known). A property the item lacks matches nothing.
/// </summary>
internal static class StacQueryMatch
{
    /// <summary>The operators of the filter, by wire name, each with its operand.</summary>
    public static IEnumerable<(string Operator, object? Operand)> Operators(StacQueryFilter filter)
    {
        (string, object?)[] all =
        [
            ("eq", filter.Eq), ("neq", filter.Neq), ("lt", filter.Lt), ("lte", filter.Lte), ("gt", filter.Gt), ("gte", filter.Gte),
            ("startsWith", filter.StartsWith), ("endsWith", filter.EndsWith), ("contains", filter.Contains), ("in", filter.In),
        ];
        return all.Where(entry => entry.Item2 is not null);
    }

    /// <summary>Whether the property's value satisfies every operator of the filter.</summary>
    public static bool Matches(object? value, StacQueryFilter filter) =>
        value is not null && Operators(filter).All(entry => Holds(Normalize(value), entry.Operator, entry.Operand));

    /// <summary>A value as the operators compare it: a double, a bool, an instant or a string.</summary>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        JValue token => Normalize(token.Value),
        double or float or decimal or int or long => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        DateTime time => new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time),
        DateTimeOffset or bool => value,
        string text when text.Length >= 10 && text[4] == '-' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) => instant,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static bool Holds(object? value, string op, object? operand) => op switch
    {
        "eq" => Compare(value, Normalize(operand)) == 0,
        "neq" => Compare(value, Normalize(operand)) is not 0,
        "lt" => Compare(value, Normalize(operand)) < 0,
        "lte" => Compare(value, Normalize(operand)) <= 0,
        "gt" => Compare(value, Normalize(operand)) > 0,
        "gte" => Compare(value, Normalize(operand)) >= 0,
        "startsWith" => value is string text && text.StartsWith((string)operand!, StringComparison.OrdinalIgnoreCase),
        "endsWith" => value is string text && text.EndsWith((string)operand!, StringComparison.OrdinalIgnoreCase),
        "contains" => value is string text && text.Contains((string)operand!, StringComparison.OrdinalIgnoreCase),
        _ => ((IEnumerable<object>)operand!).Any(candidate => Compare(value, Normalize(candidate)) == 0),
    };

    /// <summary>The order of two normalised values, or null when they are of different kinds (no operator holds then).</summary>
    private static int? Compare(object? left, object? right) => (left, right) switch
    {
        (double a, double b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        (string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
        _ => null,
    };
}
