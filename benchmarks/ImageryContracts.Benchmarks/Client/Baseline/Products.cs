using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageryContracts.Benchmarks.Client.Baseline;

// Every baseline type keeps unknown members ([JsonExtensionData]) as the generated models keep AdditionalData.

internal class Product
{
    public Polygon? Aoi { get; set; }
    public string? CrsCode { get; set; }
    public Guid? Id { get; set; }
    public ImageFormat? ImageFormat { get; set; }
    public ProductType? ProductType { get; set; }
    public RadiometricProcessing? RadiometricProcessing { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class Polygon
{
    public List<List<List<double>>>? Coordinates { get; set; }
    public PolygonType? Type { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class OrderRequest
{
    public OrderKind? Kind { get; set; }
    public List<Product>? Products { get; set; }
    public List<string>? Tags { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class DeliveryData : Product
{
    public double? AreaKm2 { get; set; }
    public string? ProcessingLevel { get; set; }
    public Polygon? SegmentFootprint { get; set; }
    public Sensor? Sensor { get; set; }
    public string? SourceId { get; set; }
}
