using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageryContracts.Benchmarks.Client.Baseline;

// One HAL link, as the generated Link types it: order links carry only href, catalogue links the rest too.
internal sealed class Link
{
    public string? Href { get; set; }
    public string? Method { get; set; }
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? ResourceId { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}
