using System.Buffers;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Serialization;

/// <summary>
/// The kit's <see cref="IParseNodeFactory"/> for <c>application/json</c>: reads the body's bytes before returning
/// (Kiota's adapter disposes the response stream as soon as the root node is returned) and hands them to a
/// <see cref="Utf8JsonParseNode"/>, which parses them only when and as far as it is asked. In a generated call the
/// bytes are in a pooled array the call returns when it ends (<see cref="JsonBodyScope"/>). The generated root
/// clients register it before Kiota's own, and the first registration for a content type wins.
/// </summary>
public sealed class Utf8JsonParseNodeFactory : IParseNodeFactory
{
    /// <summary>The content type both of the kit's JSON factories serve.</summary>
    public const string JsonContentType = "application/json";

    private const int InitialBufferSize = 16 * 1024;

    // Outside a generated call (no JsonBodyScope), below the large-object heap's threshold a copy is a cheap
    // short-lived array; only larger bodies are pooled there, whose buffers go back only when a collection finds them
    // unreachable. In a generated call every body is pooled: the call's scope returns it.
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

        var scope = JsonBodyScope.Current;
        if (scope is null && content.CanSeek && content.Length - content.Position < PooledFrom)
        {
            var bytes = GC.AllocateUninitializedArray<byte>((int)(content.Length - content.Position));
            await content.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            return new Utf8JsonParseNode(bytes);
        }

        var (buffer, length) = await ReadPooledAsync(content, cancellationToken).ConfigureAwait(false);
        if (scope is not null)
        {
            var scoped = new PooledJsonBody(buffer, length);
            if (scope.TryAdopt(scoped))
            {
                return new Utf8JsonParseNode(scoped);
            }
        }

        if (length >= PooledFrom)
        {
            return new Utf8JsonParseNode(new FinalizedJsonBody(buffer, length));
        }

        var copy = buffer.AsSpan(0, length).ToArray();
        ArrayPool<byte>.Shared.Return(buffer);
        return new Utf8JsonParseNode(copy);
    }

    internal static void CheckContentType(string contentType)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        if (!string.Equals(contentType, JsonContentType, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentOutOfRangeException(nameof(contentType), contentType, $"This factory serves {JsonContentType} only.");
        }
    }

    // A body read in a generated call, a large one, or one of unknown length, is read into a pooled buffer.
    private static async Task<(byte[] Buffer, int Length)> ReadPooledAsync(Stream content, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(content.CanSeek ? Math.Max(checked((int)(content.Length - content.Position)), 1) : InitialBufferSize);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    PooledArray.Grow(ref buffer, length, length + 1);
                }

                var read = await content.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length);
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
