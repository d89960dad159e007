using System.Buffers;

namespace ImageryContracts.Serialization;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over arrays rented from <see cref="ArrayPool{T}.Shared"/>, whose content is
/// handed over as a stream: a large serialized body as a <see cref="PooledContentStream"/>, which costs no array of
/// its own and returns its buffer to the pool when disposed; a small one as a copy.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int InitialSize = 4096;
    private const int PooledFrom = 80 * 1024;

    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _written;

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Ensure(sizeHint).AsMemory(_written);

    public Span<byte> GetSpan(int sizeHint = 0) => Ensure(sizeHint).AsSpan(_written);

    /// <summary>
    /// Hands the content over; the writer is empty afterwards. Small content is copied into an array of its own and the
    /// buffer returned at once, as a request body's stream may never be disposed; large content keeps the pooled buffer.
    /// </summary>
    /// <returns>A read-only stream of what was written.</returns>
    public Stream Detach()
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(PooledBufferWriter));
        _buffer = null;
        if (_written >= PooledFrom)
        {
            return new PooledContentStream(buffer, _written);
        }

        var content = buffer.AsSpan(0, _written).ToArray();
        ArrayPool<byte>.Shared.Return(buffer);
        return new MemoryStream(content, writable: false);
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private byte[] Ensure(int sizeHint)
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(PooledBufferWriter));
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= buffer.Length)
        {
            return buffer;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
        buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        _buffer = larger;
        return larger;
    }
}
