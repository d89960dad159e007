using System.Buffers;

namespace ImageryContracts.Serialization;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over arrays rented from <see cref="ArrayPool{T}.Shared"/>, whose content is
/// handed over as a <see cref="PooledContentStream"/>: the serialized body costs no array of its own, and its buffer
/// goes back to the pool when the stream is disposed.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int InitialSize = 4096;

    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _written;

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Ensure(sizeHint).AsMemory(_written);

    public Span<byte> GetSpan(int sizeHint = 0) => Ensure(sizeHint).AsSpan(_written);

    /// <summary>
    /// Hands the content over, buffer and all; the writer is empty afterwards. Kiota's adapter disposes a request's
    /// content once the response is in, which returns the buffer, so a body of any size costs no array of its own (a
    /// copy and its <see cref="MemoryStream"/> were 0.5 KB of the 17 KB <c>POST /api/v1/prices</c> call). A stream
    /// nobody disposes leaves its rented array (4 KB at least) to the collector instead.
    /// </summary>
    /// <returns>A read-only stream of what was written.</returns>
    public Stream Detach()
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(PooledBufferWriter));
        _buffer = null;
        return new PooledContentStream(buffer, _written);
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

        PooledArray.Grow(ref buffer, _written, needed);
        _buffer = buffer;
        return buffer;
    }
}
