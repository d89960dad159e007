using System.Text.Json.Nodes;

namespace ImageryContracts.Specs.Tests;

/// <summary>Reads enum lists and rule extensions out of a spec's JSON tree.</summary>
internal static class SpecTreeExtensions
{
    public static IReadOnlyList<string> Strings(this JsonNode? node) =>
        node?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];

    public static IReadOnlyList<string> Enum(this JsonObject schema) => schema["enum"].Strings();

    /// <summary>An <c>x-imagery-sensors</c>-shaped map (value → list of values), keys and lists as written.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ListMap(this JsonObject schema, string extension) =>
        schema[extension]?.AsObject().ToDictionary(p => p.Key, p => p.Value.Strings())
        ?? new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The <c>x-imagery-deprecated</c> map as value → replacement (empty when the spec names none).</summary>
    public static IReadOnlyDictionary<string, string> Replacements(this JsonObject schema) =>
        schema["x-imagery-deprecated"]?.AsObject()
            .ToDictionary(p => p.Key, p => p.Value!["replacement"]?.GetValue<string>() ?? string.Empty)
        ?? new Dictionary<string, string>();

    /// <summary>Every operation as (method, path, node).</summary>
    public static IEnumerable<(string Method, string Path, JsonObject Operation)> Operations(this JsonObject tree)
    {
        string[] methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
        foreach (var (path, item) in tree["paths"]!.AsObject())
        {
            foreach (var method in methods)
            {
                if (item![method] is JsonObject operation)
                {
                    yield return (method, path, operation);
                }
            }
        }
    }
}
