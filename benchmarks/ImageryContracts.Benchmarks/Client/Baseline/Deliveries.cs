using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageryContracts.Benchmarks.Client.Baseline;

internal sealed class Delivery
{
    [JsonPropertyName("_links")] public DeliveryLinks? Links { get; set; }
    public long? Amount { get; set; }
    public string? AmountUnit { get; set; }
    public string? Area { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DeliveryData? Datas { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public string? ErrorCode { get; set; }
    public long? EstimatedAmount { get; set; }
    public Guid? Id { get; set; }
    public string? IsAmountEstimated { get; set; }
    public string? Kind { get; set; }
    public string? Message { get; set; }
    public long? Price { get; set; }
    public string? Service { get; set; }
    public string? Status { get; set; }
    public string? Unit { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class DeliveryLinks
{
    public Link? CatalogItem { get; set; }
    public Link? CatalogUrl { get; set; }
    public Link? Contract { get; set; }
    public Link? Download { get; set; }
    public Link? Payment { get; set; }
    public Link? Self { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}
