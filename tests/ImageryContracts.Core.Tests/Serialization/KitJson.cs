using System.Text;
using System.Text.Json.Nodes;
using ImageryContracts.Serialization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Core.Tests.Serialization;

/// <summary>Reads and writes models through the kit's JSON factories, as the request adapter does.</summary>
internal static class KitJson
{
    public static async Task<T> ReadAsync<T>(string json, ParsableFactory<T> factory, Action<Utf8JsonParseNode>? configure = null)
        where T : IParsable
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(json), writable: false);
        var node = (Utf8JsonParseNode)await new Utf8JsonParseNodeFactory().GetRootParseNodeAsync("application/json", body);
        configure?.Invoke(node);
        return node.GetObjectValue(factory);
    }

    public static string Write(IParsable model, Action<ISerializationWriter>? configure = null)
    {
        using var writer = new Utf8JsonSerializationWriterFactory().GetSerializationWriter("application/json");
        configure?.Invoke(writer);
        writer.WriteObjectValue(null, model);
        using var content = writer.GetSerializedContent();
        using var text = new StreamReader(content, Encoding.UTF8);
        return text.ReadToEnd();
    }

    /// <summary>Fails unless both are the same JSON: member order and number spelling aside, nulls included.</summary>
    public static void AssertSameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}{Environment.NewLine}actual   {actual}");
}
