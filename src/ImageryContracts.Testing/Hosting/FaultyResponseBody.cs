using ImageryContracts.Testing.Faults;

namespace ImageryContracts.Testing.Hosting;

/// <summary>
/// The response body of a request given a body fault: it passes the first <see cref="Fault.AfterBytes"/> bytes through,
/// then either cuts the body there (<see cref="FaultKind.CutBody"/>: the write that crosses the mark, and every later
/// one, throws an <see cref="IOException"/> that <see cref="FaultMiddleware"/> swallows) or trickles the rest out at
/// <see cref="Fault.BytesPerSecond"/> in slices of about a twentieth of a second (<see cref="FaultKind.SlowBody"/>).
/// </summary>
/// <remarks>
/// A cut ends the response short of its <c>Content-Length</c>, so Kestrel closes the connection after the bytes sent:
/// the client reads exactly those, then a premature end. Aborting instead would send a TCP reset, and a reset makes
/// the client's kernel drop bytes already received but not yet read, so the cut would land at an unknown byte.
/// </remarks>
internal sealed class FaultyResponseBody(Stream inner, Fault fault, TimeProvider time) : Stream
{
    private long _written;

    /// <summary>Whether the body was cut.</summary>
    public bool IsCut { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (IsCut)
        {
            throw Cut();
        }

        var normal = (int)Math.Clamp(fault.AfterBytes - _written, 0, buffer.Length);
        if (normal > 0)
        {
            await inner.WriteAsync(buffer[..normal], cancellationToken);
            _written += normal;
            buffer = buffer[normal..];
        }

        if (buffer.IsEmpty)
        {
            return;
        }

        if (fault.Kind == FaultKind.CutBody)
        {
            IsCut = true;
            throw Cut();
        }

        var slice = (int)Math.Clamp(fault.BytesPerSecond / 20, 1, int.MaxValue);
        while (!buffer.IsEmpty)
        {
            var part = buffer[..Math.Min(slice, buffer.Length)];
            await Task.Delay(TimeSpan.FromSeconds((double)part.Length / fault.BytesPerSecond), time, cancellationToken);
            await inner.WriteAsync(part, cancellationToken);
            await inner.FlushAsync(cancellationToken);
            _written += part.Length;
            buffer = buffer[part.Length..];
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        IsCut ? Task.CompletedTask : inner.FlushAsync(cancellationToken);

    // Kestrel refuses synchronous I/O, and so does this body.
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Synchronous writes are not allowed; use WriteAsync.");

    public override void Flush() => throw new NotSupportedException("Synchronous flushes are not allowed; use FlushAsync.");

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private IOException Cut() => new($"The simulator cut this response body after {_written} bytes (injected fault CutBody).");
}
