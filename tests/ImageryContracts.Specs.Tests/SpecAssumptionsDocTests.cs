using System.Text.Json.Nodes;

namespace ImageryContracts.Specs.Tests;

/// <summary>docs/spec-assumptions.md lists every <c>x-imagery-assumed</c> mark of both specs.</summary>
public sealed class SpecAssumptionsDocTests
{
    [Theory]
    [MemberData(nameof(Spec.AllVendors), MemberType = typeof(Spec))]
    public void Every_assumption_in_the_spec_is_listed_for_confirmation(string vendor)
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "spec-assumptions.md"));

        var missing = AssumedLocations(Spec.Named(vendor).Tree).Where(key => !doc.Contains($"`{key}`", StringComparison.Ordinal));

        Assert.Empty(missing);
    }

    /// <summary>
    /// The doc's names for marked places: <c>METHOD path</c> for an operation, <c>METHOD path status</c> for a
    /// response, <c>Schema</c> or <c>Schema.property</c> for schemas (properties of <c>allOf</c> parts count as the schema's).
    /// </summary>
    private static IEnumerable<string> AssumedLocations(JsonObject tree)
    {
        foreach (var (method, path, operation) in tree.Operations())
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            if (operation["x-imagery-assumed"] is not null)
            {
                yield return name;
            }

            foreach (var (status, response) in operation["responses"]!.AsObject())
            {
                if (response!["x-imagery-assumed"] is not null)
                {
                    yield return $"{name} {status}";
                }
            }
        }

        foreach (var (schemaName, schema) in tree["components"]!["schemas"]!.AsObject())
        {
            if (schema!["x-imagery-assumed"] is not null)
            {
                yield return schemaName;
            }

            var parts = schema["allOf"]?.AsArray().Select(p => p!).Append(schema) ?? [schema];
            var properties = parts.SelectMany(p => p["properties"]?.AsObject() ?? []);
            foreach (var (property, _) in properties.Where(p => p.Value!["x-imagery-assumed"] is not null))
            {
                yield return $"{schemaName}.{property}";
            }
        }
    }
}
