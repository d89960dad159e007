using System.Text.Json.Nodes;

namespace ImageryContracts.Specs.Tests;

/// <summary>
/// Every operation, parameter, schema and property is described (the descriptions become the generated XML docs)
/// and every operation has an operationId.
/// </summary>
public sealed class DocumentationCoverageTests
{
    [Theory]
    [MemberData(nameof(Spec.AllVendors), MemberType = typeof(Spec))]
    public void Every_operation_has_a_unique_operation_id_and_a_description(string vendor)
    {
        var operations = Spec.Named(vendor).Tree.Operations().ToList();

        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Operation["operationId"]?.GetValue<string>()), $"{o.Method} {o.Path} has no operationId"));
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Operation["description"]?.GetValue<string>()), $"{o.Method} {o.Path} has no description"));
        Assert.Equal(operations.Count, operations.Select(o => o.Operation["operationId"]!.GetValue<string>()).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Spec.AllVendors), MemberType = typeof(Spec))]
    public void Every_parameter_has_a_description(string vendor)
    {
        var undescribed = Nodes(Spec.Named(vendor).Tree, "$")
            .Where(n => n.Node["in"] is not null && n.Node["name"] is not null && !Described(n.Node))
            .Select(n => n.Pointer);

        Assert.Empty(undescribed);
    }

    [Theory]
    [MemberData(nameof(Spec.AllVendors), MemberType = typeof(Spec))]
    public void Every_property_has_a_description(string vendor)
    {
        var undescribed = Nodes(Spec.Named(vendor).Tree, "$")
            .Where(n => n.Node["properties"] is JsonObject properties && properties.All(p => p.Value is JsonObject))
            .SelectMany(n => n.Node["properties"]!.AsObject().Select(p => (Pointer: $"{n.Pointer}.properties.{p.Key}", Property: p.Value!.AsObject())))
            .Where(p => !Described(p.Property))
            .Select(p => p.Pointer);

        Assert.Empty(undescribed);
    }

    [Theory]
    [MemberData(nameof(Spec.AllVendors), MemberType = typeof(Spec))]
    public void Every_component_schema_has_a_description(string vendor)
    {
        var undescribed = Spec.Named(vendor).Tree["components"]!["schemas"]!.AsObject()
            .Where(p => !Described(p.Value!.AsObject()))
            .Select(p => p.Key);

        Assert.Empty(undescribed);
    }

    [Theory]
    [MemberData(nameof(Spec.AllVendors), MemberType = typeof(Spec))]
    public void The_spec_has_a_version_and_its_sources(string vendor)
    {
        var info = Spec.Named(vendor).Tree["info"]!;

        Assert.False(string.IsNullOrWhiteSpace(info["version"]?.GetValue<string>()));
        Assert.NotEmpty(info["x-source"].Strings());
        Assert.All(info["x-source"].Strings(), url => Assert.StartsWith("https://", url));
    }

    [Theory]
    [MemberData(nameof(Spec.AllVendors), MemberType = typeof(Spec))]
    public void Every_json_request_body_has_an_example(string vendor)
    {
        var bodies = Spec.Named(vendor).Tree.Operations()
            .Where(o => o.Operation["requestBody"]?["content"]?["application/json"] is not null)
            .Select(o => (Name: $"{o.Method} {o.Path}", Body: o.Operation["requestBody"]!["content"]!["application/json"]!));

        Assert.All(bodies, b => Assert.True(b.Body["example"] is not null || b.Body["examples"] is not null, $"{b.Name} has no example"));
    }

    private static bool Described(JsonObject node) =>
        !string.IsNullOrWhiteSpace(node["description"]?.GetValue<string>());

    /// <summary>Every object in the spec with a readable pointer, skipping example payloads.</summary>
    private static IEnumerable<(string Pointer, JsonObject Node)> Nodes(JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return (pointer, obj);
                foreach (var (key, child) in obj.Where(p => p.Key is not ("example" or "examples")))
                {
                    foreach (var nested in Nodes(child, $"{pointer}.{key}"))
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var nested in Nodes(array[i], $"{pointer}[{i}]"))
                    {
                        yield return nested;
                    }
                }

                break;
        }
    }
}
