using System.Buffers;

namespace ImageryContracts.Serialization;

/// <summary>
/// A response body's bytes in an array rented from <see cref="ArrayPool{T}.Shared"/>, returned to the pool when no
/// parse node can reach them any more. <see cref="Microsoft.Kiota.Abstractions.Serialization.IParseNode"/> has no
/// Dispose and the adapter never releases its node, so the finalizer is the one safe point: every node (and child
/// node) holds this body, and keeps itself alive while it reads (<see cref="GC.KeepAlive"/>), so the array cannot go
/// back while a reader is on it. Nothing read from the bytes refers to them: strings, numbers and raw values are
/// copies. A body then costs no array of its own, where a plain copy would cost one as large as the body.
/// </summary>
internal sealed class PooledJsonBody
{
    private byte[]? _buffer;

    public PooledJsonBody(byte[] rented, int length)
    {
        _buffer = rented;
        Json = rented.AsMemory(0, length);
    }

    ~PooledJsonBody()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The body's bytes, valid while this object is reachable.</summary>
    public ReadOnlyMemory<byte> Json { get; }
}
