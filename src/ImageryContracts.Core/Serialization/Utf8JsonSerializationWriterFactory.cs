using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Serialization;

/// <summary>
/// The kit's <see cref="ISerializationWriterFactory"/> for <c>application/json</c>: creates
/// <see cref="Utf8JsonSerializationWriter"/>s. The generated root clients register it before Kiota's own, and the
/// first registration for a content type wins.
/// </summary>
public sealed class Utf8JsonSerializationWriterFactory : ISerializationWriterFactory
{
    /// <inheritdoc />
    public string ValidContentType => Utf8JsonParseNodeFactory.JsonContentType;

    /// <inheritdoc />
    public ISerializationWriter GetSerializationWriter(string contentType)
    {
        Utf8JsonParseNodeFactory.CheckContentType(contentType);
        return new Utf8JsonSerializationWriter();
    }
}
