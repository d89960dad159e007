using System.Text;
using ImageryContracts.Serialization;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace ImageryContracts.ClientTestKit;

/// <summary>
/// Reads and writes generated models as the request adapter does: through the kit's JSON factories, which the generated
/// root client registers (the models' own readers and writers), or through Kiota's own JSON parse node and
/// serialization writer (the models' Kiota contract, for interop).
/// </summary>
public static class KiotaJson
{
    /// <summary>Deserializes JSON into a generated model, as the request adapter does with a response body.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="factory">The model's <c>CreateFromDiscriminatorValue</c>.</param>
    /// <param name="kiotas">Whether to read with Kiota's own <see cref="JsonParseNodeFactory"/> instead of the kit's.</param>
    /// <returns>The model.</returns>
    public static async Task<T> ParseAsync<T>(string json, ParsableFactory<T> factory, bool kiotas = false)
        where T : IParsable
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        IParseNodeFactory factories = kiotas ? new JsonParseNodeFactory() : new Utf8JsonParseNodeFactory();
        var node = await factories.GetRootParseNodeAsync("application/json", stream);
        return node.GetObjectValue(factory) ?? throw new InvalidOperationException("The JSON read as null.");
    }

    /// <summary>Serializes a model to JSON, as the request adapter does with a request body.</summary>
    /// <param name="model">The model.</param>
    /// <param name="kiotas">Whether to write with Kiota's own <see cref="JsonSerializationWriter"/> instead of the kit's.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IParsable model, bool kiotas = false)
    {
        using ISerializationWriter writer = kiotas ? new JsonSerializationWriter() : new Utf8JsonSerializationWriter();
        writer.WriteObjectValue(null, model);
        using var reader = new StreamReader(writer.GetSerializedContent());
        return reader.ReadToEnd();
    }
}
