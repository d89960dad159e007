using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ImageryContracts.Testing.OneAtlas.Contract;

/// <summary>
/// The contract's <c>LinkOrLinks</c> (the spec's one Link or a list of Links), which NSwag generates as an empty object:
/// the simulator writes it as the object or the array it holds, as the vendor does, and reads either.
/// </summary>
[JsonConverter(typeof(LinkOrLinksConverter))]
public partial class LinkOrLinks
{
    /// <summary>The links.</summary>
    [JsonIgnore]
    public IReadOnlyList<Link> Links { get; private init; } = [];

    /// <summary>Whether the member is an array rather than one object.</summary>
    [JsonIgnore]
    public bool IsList { get; private init; }

    /// <summary>One link, written as an object.</summary>
    public static LinkOrLinks One(Link link) => new() { Links = [link] };

    /// <summary>Links written as an array.</summary>
    public static LinkOrLinks Many(IEnumerable<Link> links) => new() { Links = [.. links], IsList = true };

    private sealed class LinkOrLinksConverter : JsonConverter<LinkOrLinks>
    {
        public override void WriteJson(JsonWriter writer, LinkOrLinks? value, JsonSerializer serializer)
        {
            if (value is null)
            {
                writer.WriteNull();
            }
            else if (value.IsList)
            {
                serializer.Serialize(writer, value.Links);
            }
            else
            {
                serializer.Serialize(writer, value.Links[0]);
            }
        }

        public override LinkOrLinks? ReadJson(JsonReader reader, Type objectType, LinkOrLinks? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            JToken.ReadFrom(reader) switch
            {
                JArray array => Many(array.ToObject<List<Link>>(serializer)!),
                JObject link => One(link.ToObject<Link>(serializer)!),
                _ => null,
            };
    }
}
