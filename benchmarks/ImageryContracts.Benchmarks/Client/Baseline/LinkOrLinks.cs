using System.Text.Json.Serialization;

namespace ImageryContracts.Benchmarks.Client.Baseline;

// The STJ counterpart of the kit's OneOrMany<Link>: typed links either way, and the form they came in, so a round trip
// writes an object back as an object (see LinkOrLinksConverter for why not a JsonElement).
[JsonConverter(typeof(LinkOrLinksConverter))]
internal sealed class LinkOrLinks
{
    public required List<Link> Items { get; init; }
    public bool IsList { get; init; }
}
