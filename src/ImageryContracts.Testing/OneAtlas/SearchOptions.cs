using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ImageryContracts.Testing.OneAtlas.Contract;

/// <summary>The contract's search body, with the JSON object it came as: the simulator reads the filters from that, leniently (see CatalogueQuery).</summary>
public partial class SearchOptions
{
    /// <summary>The body as sent.</summary>
    [JsonIgnore]
    internal JObject Wire { get; init; } = [];
}
