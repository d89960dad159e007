namespace ImageryContracts.Core.Tests.Serialization;

/// <summary>A body of unknown length, as a chunked answer's stream is: it cannot seek and hides its buffer.</summary>
internal sealed class NonSeekableStream(byte[] content) : MemoryStream(content)
{
    public override bool CanSeek => false;

    public override bool TryGetBuffer(out ArraySegment<byte> buffer)
    {
        buffer = default;
        return false;
    }
}
