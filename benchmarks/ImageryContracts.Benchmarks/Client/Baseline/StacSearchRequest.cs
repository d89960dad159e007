using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageryContracts.Benchmarks.Client.Baseline;

// The body of a DataCosmos STAC item search. The query operators' values are any JSON value, untyped on both sides.

internal sealed class StacSearchRequest
{
    public List<double?>? Bbox { get; set; }
    public List<string>? Collections { get; set; }
    public string? Cursor { get; set; }
    public string? Datetime { get; set; }
    public List<string>? Ids { get; set; }
    public GeoJsonGeometry? Intersects { get; set; }
    public int? Limit { get; set; }
    public string? Project { get; set; }
    public Dictionary<string, StacQueryFilter>? Query { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class StacQueryFilter
{
    public string? Contains { get; set; }
    public string? EndsWith { get; set; }
    public JsonElement? Eq { get; set; }
    public JsonElement? Gt { get; set; }
    public JsonElement? Gte { get; set; }
    public List<JsonElement>? In { get; set; }
    public JsonElement? Lt { get; set; }
    public JsonElement? Lte { get; set; }
    public JsonElement? Neq { get; set; }
    public string? StartsWith { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}
