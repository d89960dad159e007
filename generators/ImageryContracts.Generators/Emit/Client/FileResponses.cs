using System;
using System.Linq;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// Responses whose body is a file: a media type that is not JSON with a <c>type: string, format: binary</c> schema
/// (an asset download). The executor returns Kiota's response <c>Stream</c>, as the Kiota CLI emits it, and the request
/// asks for the file's media type first, then JSON for the error bodies.
/// </summary>
public static class FileResponses
{
    /// <summary>The C# type of a file body.</summary>
    public static ClientType StreamType { get; } =
        new(ClientTypeKind.Primitive, "global::System.IO.Stream", IsValueType: false, KiotaName: "Stream");

    /// <summary>The media type of a response's file body, or null when it has none.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The media type, e.g. <c>application/octet-stream</c>.</returns>
    public static string? FileMediaTypeOf(ApiResponse response) =>
        response.Content
            .FirstOrDefault(c => !IsJson(c.MediaType) && c.Schema is { Type: "string", Format: "binary" })
            ?.MediaType;

    /// <summary>The <c>Accept</c> header of an operation whose success response is a file of <paramref name="mediaType"/>.</summary>
    /// <param name="mediaType">The file's media type.</param>
    /// <param name="acceptsJson">Whether other responses (the errors) are JSON.</param>
    /// <returns>The header value.</returns>
    public static string Accept(string mediaType, bool acceptsJson) => acceptsJson ? mediaType + ", application/json" : mediaType;

    private static bool IsJson(string mediaType) =>
        mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);
}
