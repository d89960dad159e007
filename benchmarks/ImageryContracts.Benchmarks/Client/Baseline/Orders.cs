using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageryContracts.Benchmarks.Client.Baseline;

internal sealed class OrderList
{
    public bool? CountLimitReached { get; set; }
    public List<Order>? Items { get; set; }
    public int? ItemsPerPage { get; set; }
    public int? StartIndex { get; set; }
    public int? TotalResults { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class Order
{
    [JsonPropertyName("_links")] public OrderLinks? Links { get; set; }
    public long? Amount { get; set; }
    public string? AmountUnit { get; set; }
    public Guid? ContractId { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public List<Delivery>? Deliveries { get; set; }
    public long? EstimatedAmount { get; set; }
    public Guid? Id { get; set; }
    public string? IsAmountEstimated { get; set; }
    public string? Kind { get; set; }
    public OrderPayload? Payload { get; set; }
    public long? Price { get; set; }
    public string? Service { get; set; }
    public OrderStatus? Status { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class OrderPayload
{
    public string? Kind { get; set; }
    public List<Product>? Products { get; set; }
    public List<string>? Tags { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class OrderLinks
{
    public Link? Cancel { get; set; }
    public Link? Contract { get; set; }
    public Link? Deliveries { get; set; }
    public Link? Payments { get; set; }
    public Link? Reset { get; set; }
    public Link? Self { get; set; }
    public Link? Subscription { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}
