using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageryContracts.Benchmarks.Client.Baseline;

// A DataCosmos STAC search page. Wire names that are not camelCase (snake_case, extension prefixes) are spelled out.
// A geometry's coordinates nest by its type, so the spec leaves them untyped: a JsonElement here, an UntypedNode in the
// generated model; so are a link's headers and body. A field the spec says is nullable writes a null it holds, as the
// generated model writes back an explicit null it read.

internal sealed class StacItemCollection
{
    public StacSearchContext? Context { get; set; }
    public List<StacItem>? Features { get; set; }
    public List<StacLink>? Links { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Next { get; set; }
    public long? NumberMatched { get; set; }
    public long? NumberReturned { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Prev { get; set; }
    public FeatureCollectionType? Type { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class StacSearchContext
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public int? Limit { get; set; }
    public long? Matched { get; set; }
    public long? Returned { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class StacLink
{
    public JsonElement? Body { get; set; }
    public JsonElement? Headers { get; set; }
    public string? Href { get; set; }
    public bool? Merge { get; set; }
    public string? Method { get; set; }
    public string? Rel { get; set; }
    public string? Title { get; set; }
    public string? Type { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class StacItem
{
    public Dictionary<string, StacAsset>? Assets { get; set; }
    public List<double?>? Bbox { get; set; }
    public string? Collection { get; set; }
    public GeoJsonGeometry? Geometry { get; set; }
    public string? Id { get; set; }
    public List<StacLink>? Links { get; set; }
    public StacItemProperties? Properties { get; set; }
    [JsonPropertyName("stac_extensions")] public List<string>? StacExtensions { get; set; }
    [JsonPropertyName("stac_version")] public string? StacVersion { get; set; }
    public FeatureType? Type { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class GeoJsonGeometry
{
    public JsonElement? Coordinates { get; set; }
    public string? Type { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class StacItemProperties
{
    public string? Constellation { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] public DateTimeOffset? Datetime { get; set; }
    [JsonPropertyName("eo:cloud_cover")] public double? EoCloudCover { get; set; }
    public double? Gsd { get; set; }
    [JsonPropertyName("opencosmos:data_area_km2")] public double? OpencosmosDataAreaKm2 { get; set; }

    // A decimal sent as a string, which the generated model reads and writes the same way.
    [JsonPropertyName("opencosmos:price")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public decimal? OpencosmosPrice { get; set; }

    [JsonPropertyName("opencosmos:price_currency")] public string? OpencosmosPriceCurrency { get; set; }
    public string? Platform { get; set; }
    [JsonPropertyName("processing:level")] public string? ProcessingLevel { get; set; }
    [JsonPropertyName("sat:platform_international_designator")] public string? SatPlatformInternationalDesignator { get; set; }
    [JsonPropertyName("view:incidence_angle")] public double? ViewIncidenceAngle { get; set; }
    [JsonPropertyName("view:sun_elevation")] public double? ViewSunElevation { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class StacAsset
{
    public double? Gsd { get; set; }
    public string? Href { get; set; }
    public List<string>? Roles { get; set; }
    public string? Title { get; set; }
    public string? Type { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}
