using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ImageryContracts.ClientTestKit;

/// <summary>
/// Compares JSON documents by meaning (<see cref="JsonNode.DeepEquals"/>: member order and number spelling do not
/// count), after two normalisations the wire allows: a member whose value is <c>null</c> counts as absent (a Kiota model
/// cannot tell the two apart: its parse node skips nulls before any deserializer runs), and a date-time string is
/// compared as the instant and offset it denotes (<c>Z</c> and <c>+00:00</c>, trailing fraction zeros).
/// </summary>
public static partial class JsonAssert
{
    /// <summary>Fails unless both texts are the same JSON after normalisation, showing both.</summary>
    /// <param name="expected">The expected JSON.</param>
    /// <param name="actual">The actual JSON.</param>
    public static void Equivalent(string expected, string actual)
    {
        var left = Normalize(JsonNode.Parse(expected));
        var right = Normalize(JsonNode.Parse(actual));
        Assert.True(
            JsonNode.DeepEquals(left, right),
            $"The JSON differs.{Environment.NewLine}expected: {left?.ToJsonString()}{Environment.NewLine}actual:   {right?.ToJsonString()}");
    }

    private static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (value is not null)
                    {
                        result[key] = Normalize(value);
                    }
                }

                return result;
            case JsonArray array:
                return new JsonArray(array.Select(Normalize).ToArray());
            case JsonValue value when value.GetValueKind() == JsonValueKind.String
                && DateTimePattern().IsMatch(value.GetValue<string>())
                && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant):
                return JsonValue.Create(instant.ToString("o", CultureInfo.InvariantCulture));
            default:
                return node?.DeepClone();
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();
}
