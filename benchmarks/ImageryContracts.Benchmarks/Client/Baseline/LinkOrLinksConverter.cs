using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageryContracts.Benchmarks.Client.Baseline;

/// <summary>
/// Reads a one-or-many <c>_links</c> member by its first token into typed <see cref="Link"/>s through the
/// source-generated contract, and writes it back in its form. A <see cref="JsonElement"/> member would be less work
/// than the kit does (no Link objects, a document copy instead) and would leave a caller to parse links by hand, so it
/// would not compare the same job; this is the small converter an STJ user writes for such a member.
/// </summary>
internal sealed class LinkOrLinksConverter : JsonConverter<LinkOrLinks>
{
    /// <inheritdoc />
    public override LinkOrLinks Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.StartArray
            ? new LinkOrLinks { Items = JsonSerializer.Deserialize(ref reader, BaselineJsonContext.Default.ListLink)!, IsList = true }
            : new LinkOrLinks { Items = [JsonSerializer.Deserialize(ref reader, BaselineJsonContext.Default.Link)!] };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LinkOrLinks value, JsonSerializerOptions options)
    {
        if (value.IsList)
        {
            JsonSerializer.Serialize(writer, value.Items, BaselineJsonContext.Default.ListLink);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Items[0], BaselineJsonContext.Default.Link);
        }
    }
}
