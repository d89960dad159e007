using System.Buffers;

namespace ImageryContracts.Serialization;

/// <summary>
/// A read-only, seekable stream over the start of a pooled array, which it returns to the pool when disposed. Not a
/// <see cref="MemoryStream"/>: its <c>ToArray</c> works after disposal, which would read an array already handed back.
/// </summary>
internal sealed class PooledContentStream : Stream
{
    private byte[]? _buffer;
    private readonly int _length;
    private int _position;

    internal PooledContentStream(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <inheritdoc />
    public override bool CanRead => _buffer is not null;

    /// <inheritdoc />
    public override bool CanSeek => _buffer is not null;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => _length;

    /// <inheritdoc />
    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    /// <summary>The content, valid until the stream is disposed.</summary>
    public ReadOnlySpan<byte> Content => (_buffer ?? throw new ObjectDisposedException(nameof(PooledContentStream))).AsSpan(0, _length);

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var available = Content[_position..];
        var count = Math.Min(available.Length, buffer.Length);
        available[..count].CopyTo(buffer);
        _position += count;
        return count;
    }

    /// <inheritdoc />
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<int>(cancellationToken) : new(Read(buffer.Span));

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override void CopyTo(Stream destination, int bufferSize)
    {
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(Content[_position..]);
        _position = _length;
    }

    /// <inheritdoc />
    public override async Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var start = _position;
        _position = _length;
        await destination.WriteAsync((_buffer ?? throw new ObjectDisposedException(nameof(PooledContentStream))).AsMemory(start, _length - start), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin)
    {
        ObjectDisposedException.ThrowIf(_buffer is null, this);
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _length + offset,
        };
        ArgumentOutOfRangeException.ThrowIfNegative(target, nameof(offset));
        _position = (int)Math.Min(target, _length);
        return _position;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException("The serialized content is read-only.");

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The serialized content is read-only.");

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }
}
