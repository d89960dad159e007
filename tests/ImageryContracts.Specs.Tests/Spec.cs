using System.Text.Json.Nodes;

namespace ImageryContracts.Specs.Tests;

/// <summary>One curated vendor spec, as copied beside the test assembly.</summary>
/// <param name="Vendor">The folder name under <c>specs/</c> and <c>tests/fixtures/</c>.</param>
public sealed record Spec(string Vendor)
{
    public static Spec OneAtlas { get; } = new("oneatlas");

    public static Spec DataCosmos { get; } = new("datacosmos");

    public static TheoryData<string> AllVendors => new() { OneAtlas.Vendor, DataCosmos.Vendor };

    public string YamlPath => Path.Combine(AppContext.BaseDirectory, "specs", Vendor, Vendor + ".yaml");

    public string Yaml => File.ReadAllText(YamlPath);

    public string Json => YamlToJson.Convert(Yaml);

    /// <summary>The spec as a JSON tree, for reading the rule extensions.</summary>
    public JsonObject Tree => JsonNode.Parse(Json)!.AsObject();

    public JsonObject Schema(string name) =>
        Tree["components"]!["schemas"]![name]?.AsObject()
        ?? throw new KeyNotFoundException($"{Vendor}.yaml has no components.schemas.{name}.");

    public static Spec Named(string vendor) => vendor switch
    {
        "oneatlas" => OneAtlas,
        "datacosmos" => DataCosmos,
        _ => throw new ArgumentOutOfRangeException(nameof(vendor), vendor, "Use oneatlas or datacosmos."),
    };
}
