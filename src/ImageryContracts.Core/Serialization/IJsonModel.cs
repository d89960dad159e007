using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Serialization;

/// <summary>
/// A model that reads and writes itself straight from and to UTF-8 JSON, without a DOM or a parse node per value.
/// The generated models implement it next to Kiota's <see cref="IParsable"/>; <see cref="Utf8JsonParseNode"/> and
/// <see cref="Utf8JsonSerializationWriter"/> use it when the model has it and Kiota's contract when it does not.
/// </summary>
public interface IJsonModel : IParsable
{
    /// <summary>
    /// Reads the model from <paramref name="reader"/>, positioned on the object's <see cref="JsonTokenType.StartObject"/>,
    /// and leaves it on the matching <see cref="JsonTokenType.EndObject"/>. A value the model cannot hold (an unknown
    /// field, a value of another JSON type, an enum value the spec does not list, an explicit null) is kept in
    /// <see cref="IAdditionalDataHolder.AdditionalData"/> under its wire name, never thrown.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read's callbacks and drift report.</param>
    void ReadJson(ref Utf8JsonReader reader, JsonReadContext context);

    /// <summary>Writes the model as one JSON object, the values it keeps raw included, each once.</summary>
    /// <param name="writer">The writer.</param>
    void WriteJson(Utf8JsonWriter writer);

    /// <summary>
    /// The path of the first field the spec requires in a response that is missing or unreadable here or in a nested
    /// model (for example <c>items[3].deliveries[0].id</c>), or <see langword="null"/> when every required field is set.
    /// </summary>
    /// <returns>The field's path, or <see langword="null"/>.</returns>
    string? FindMissingRequired();
}
