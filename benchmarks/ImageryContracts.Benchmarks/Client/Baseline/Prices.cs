using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageryContracts.Benchmarks.Client.Baseline;

internal sealed class PriceResponse
{
    public List<PriceDelivery>? Deliveries { get; set; }
    public string? Feasibility { get; set; }
    public string? Orderable { get; set; }
    public OrderPayload? Payload { get; set; }
    public Price? Price { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class PriceDelivery
{
    public long? Amount { get; set; }
    public string? AmountUnit { get; set; }
    public double? AreaKm2 { get; set; }
    public DeliveryData? Datas { get; set; }
    public Guid? Id { get; set; }
    public string? IsAmountEstimated { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class Price
{
    public long? Amount { get; set; }
    public string? AmountUnit { get; set; }
    public double? AreaKm2 { get; set; }
    public long? Credits { get; set; }
    public string? IsAmountEstimated { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}
