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

    /// <inheritdoc />
    public string ValidContentType => JsonContentType;

    /// <inheritdoc />
    public async Task<IParseNode> GetRootParseNodeAsync(string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        CheckContentType(contentType);
        ArgumentNullException.ThrowIfNull(content);
        return new Utf8JsonParseNode(await ReadAllAsync(content, cancellationToken).ConfigureAwait(false));
    }

    internal static void CheckContentType(string contentType)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        if (!string.Equals(contentType, JsonContentType, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentOutOfRangeException(nameof(contentType), contentType, $"This factory serves {JsonContentType} only.");
        }
    }

    // The node keeps the bytes for as long as anyone holds it (IParseNode has no Dispose), so they cannot be pooled;
    // a buffer that is already in memory is used as it is.
    private static async Task<ReadOnlyMemory<byte>> ReadAllAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content is MemoryStream memory && memory.TryGetBuffer(out var segment))
        {
            return segment.AsMemory((int)memory.Position);
        }

        if (content.CanSeek)
        {
            var bytes = GC.AllocateUninitializedArray<byte>(checked((int)(content.Length - content.Position)));
            await content.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            return bytes;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        try
        {
            var length = 0;
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
                    return buffer.AsSpan(0, length).ToArray();
                }

                length += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
