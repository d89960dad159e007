using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace ImageryContracts.ClientTestKit;

/// <summary>
/// Random JSON for property tests: every JSON type, the numbers that break naive readers (<c>1e-30</c>, <c>1e300</c>,
/// <c>1e400</c>, integers beyond <see cref="long"/>), any string (lone surrogates included), and nested arrays and
/// objects; plus payloads made from a real one by replacing one of its values.
/// </summary>
public static class JsonGen
{
    /// <summary>A JSON scalar, as text.</summary>
    public static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.Long.Select(number => number.ToString(CultureInfo.InvariantCulture)),
        Gen.Double.Where(double.IsFinite).Select(number => number.ToString("R", CultureInfo.InvariantCulture)),
        Gen.String.Select(text => JsonSerializer.Serialize(text)),
        Gen.OneOf("true", "false", "null", "\"\"", "0", "-0", "1.5", "1e-30", "1e300", "-1e400", "1e400", "123456789012345678901234567890",
            "\"2020-02-18T14:52:23.706942Z\"", "\"2020-02-18T14:52:23\"", "\"3b3af8c8-3fde-4ad5-26fa-a28f6464e067\"", "\"true\"", "\"31.730\"", "\"1e400\""));

    /// <summary>Any JSON value, as text, nested at most three deep.</summary>
    public static readonly Gen<string> Value = Gen.Recursive<string>((depth, value) => depth >= 3
        ? Scalar
        : Gen.Frequency(
            (4, Scalar),
            (1, value.Array[0, 4].Select(items => "[" + string.Join(',', items) + "]")),
            (1, Gen.Select(Gen.OneOf("a", "b", "id", "status", "type", "coordinates"), value).Array[0, 3]
                .Select(members => "{" + string.Join(',', members.DistinctBy(member => member.Item1).Select(member => JsonSerializer.Serialize(member.Item1) + ":" + member.Item2)) + "}"))));

    /// <summary>
    /// Every variant of a payload with one of its values (at any depth) replaced by a value of another JSON type: a
    /// string by a number, a boolean, null, an array and an object, and so on for each type.
    /// </summary>
    /// <param name="json">The payload.</param>
    /// <returns>The mutated payloads, with the JSON path of the value each replaced.</returns>
    public static IEnumerable<(string Path, string Json)> TypeMutations(string json)
    {
        var root = JsonNode.Parse(json)!;
        var paths = new List<string>();
        Collect(root, "$", paths);
        foreach (var path in paths)
        {
            var original = Find(root, path);
            foreach (var replacement in OtherTypes(original))
            {
                var copy = root.DeepClone();
                Replace(copy, path, replacement);
                yield return (path, copy.ToJsonString());
            }
        }
    }

    private static readonly string[] Replacements = ["\"text\"", "\"\"", "0", "-12", "1.5", "1e-30", "1e300", "1e400", "true", "false", "null", "[]", "[1,\"a\"]", "{}", "{\"x\":[1]}"];

    private static IEnumerable<JsonNode?> OtherTypes(JsonNode? original)
    {
        var kind = original?.GetValueKind() ?? JsonValueKind.Null;
        foreach (var text in Replacements)
        {
            var replacement = JsonNode.Parse(text);
            var replacementKind = replacement?.GetValueKind() ?? JsonValueKind.Null;
            if (replacementKind != kind && !(IsBoolean(kind) && IsBoolean(replacementKind)))
            {
                yield return replacement;
            }
        }
    }

    private static bool IsBoolean(JsonValueKind kind) => kind is JsonValueKind.True or JsonValueKind.False;

    private static void Collect(JsonNode? node, string path, List<string> paths)
    {
        if (path != "$")
        {
            paths.Add(path);
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Collect(child, path + "." + name, paths);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", paths);
                }

                break;
        }
    }

    private static JsonNode? Find(JsonNode root, string path) => Step(root, path, out _, out _, out _);

    private static void Replace(JsonNode root, string path, JsonNode? value)
    {
        Step(root, path, out var parent, out var key, out var index);
        if (parent is JsonObject obj)
        {
            obj[key!] = value;
        }
        else
        {
            ((JsonArray)parent!)[index] = value;
        }
    }

    // Walks a path of the form Collect writes; returns the node at it, with its parent and its key or index there.
    private static JsonNode? Step(JsonNode root, string path, out JsonNode? parent, out string? key, out int index)
    {
        var current = root;
        parent = null;
        key = null;
        index = -1;
        var rest = path[1..];
        while (rest.Length > 0)
        {
            parent = current;
            if (rest[0] == '.')
            {
                var end = rest.IndexOfAny(['.', '['], 1);
                key = end < 0 ? rest[1..] : rest[1..end];
                index = -1;
                rest = end < 0 ? string.Empty : rest[end..];
                current = current!.AsObject()[key];
            }
            else
            {
                var end = rest.IndexOf(']', StringComparison.Ordinal);
                index = int.Parse(rest[1..end], CultureInfo.InvariantCulture);
                key = null;
                rest = rest[(end + 1)..];
                current = current!.AsArray()[index];
            }
        }

        return current;
    }
}
