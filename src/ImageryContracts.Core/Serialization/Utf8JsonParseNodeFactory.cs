using System.Buffers;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Serialization;

/// <summary>
/// The kit's <see cref="IParseNodeFactory"/> for <c>application/json</c>: reads the body's bytes before returning
/// (Kiota's adapter disposes the response stream as soon as the root node is returned) and hands them to a
/// <see cref="Utf8JsonParseNode"/>, which parses them only when and as far as it is asked. The generated root
/// clients register it before Kiota's own, and the first registration for a content type wins.
/// </summary>
public sealed class Utf8JsonParseNodeFactory : IParseNodeFactory
{
    /// <summary>The content type both of the kit's JSON factories serve.</summary>
    public const string JsonContentType = "application/json";

    private const int InitialBufferSize = 16 * 1024;

    // Below the large-object heap's threshold a copy is a cheap short-lived array; only larger bodies are pooled,
    // whose buffers go back only when a collection finds them unreachable.
    private const int PooledFrom = 80 * 1024;

    /// <inheritdoc />
    public string ValidContentType => JsonContentType;

    /// <inheritdoc />
    public async Task<IParseNode> GetRootParseNodeAsync(string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        CheckContentType(contentType);
        ArgumentNullException.ThrowIfNull(content);
        if (content is MemoryStream memory && memory.TryGetBuffer(out var segment))
        {
            return new Utf8JsonParseNode(segment.AsMemory((int)memory.Position));
        }

        if (content.CanSeek && content.Length - content.Position < PooledFrom)
        {
            var bytes = GC.AllocateUninitializedArray<byte>((int)(content.Length - content.Position));
            await content.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            return new Utf8JsonParseNode(bytes);
        }

        var body = await ReadPooledAsync(content, cancellationToken).ConfigureAwait(false);
        return body.Json.Length < PooledFrom ? new Utf8JsonParseNode(body.Json.ToArray()) : new Utf8JsonParseNode(body);
    }

    internal static void CheckContentType(string contentType)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        if (!string.Equals(contentType, JsonContentType, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentOutOfRangeException(nameof(contentType), contentType, $"This factory serves {JsonContentType} only.");
        }
    }

    // A large body, or one of unknown length, is read into a pooled buffer that goes back to the pool once no node
    // can reach it.
    private static async Task<PooledJsonBody> ReadPooledAsync(Stream content, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(content.CanSeek ? Math.Max(checked((int)(content.Length - content.Position)), 1) : InitialBufferSize);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await content.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new PooledJsonBody(buffer, length);
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
