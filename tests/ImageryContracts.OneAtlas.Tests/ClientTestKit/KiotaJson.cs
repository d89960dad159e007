using System.Text;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace ImageryContracts.ClientTestKit;

/// <summary>Reads and writes generated models through Kiota's JSON parse node and serialization writer.</summary>
public static class KiotaJson
{
    /// <summary>Deserializes JSON into a generated model, as the request adapter does with a response body.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="factory">The model's <c>CreateFromDiscriminatorValue</c>.</param>
    /// <returns>The model.</returns>
    public static async Task<T> ParseAsync<T>(string json, ParsableFactory<T> factory)
        where T : IParsable
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var node = await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", stream);
        return node.GetObjectValue(factory) ?? throw new InvalidOperationException("The JSON read as null.");
    }

    /// <summary>Serializes a model to JSON, as the request adapter does with a request body.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IParsable model)
    {
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, model);
        using var reader = new StreamReader(writer.GetSerializedContent());
        return reader.ReadToEnd();
    }
}
