using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageryContracts.Benchmarks.Client.Baseline;

// A catalogue item's links: every member is one Link or a list of them (LinkOrLinks), as in the generated model.
internal sealed class CatalogItemLinks
{
    public LinkOrLinks? Delete { get; set; }
    public LinkOrLinks? Download { get; set; }
    public LinkOrLinks? ImagesGetBuffer { get; set; }
    public LinkOrLinks? ImagesMetadata { get; set; }
    public LinkOrLinks? ImagesWcs { get; set; }
    public LinkOrLinks? ImagesWms { get; set; }
    public LinkOrLinks? ImagesWmts { get; set; }
    public LinkOrLinks? Quicklook { get; set; }
    public LinkOrLinks? Self { get; set; }
    public LinkOrLinks? Thumbnail { get; set; }
    public LinkOrLinks? Wms { get; set; }
    public LinkOrLinks? Wmts { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}
