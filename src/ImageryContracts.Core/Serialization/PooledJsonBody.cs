using System.Buffers;

namespace ImageryContracts.Serialization;

/// <summary>
/// A response body's bytes in an array rented from <see cref="ArrayPool{T}.Shared"/>. A body read during a generated
/// call belongs to the call's <see cref="JsonBodyScope"/>, which returns it when the call has returned its model; one
/// read outside any such call is a <see cref="FinalizedJsonBody"/>. Every node (and child node) holds its body and
/// refuses to read once the array is back (<see cref="IsReturned"/>), so a node kept past its call fails instead of
/// reading another renter's bytes. Nothing read from the bytes refers to them: strings, numbers and raw values are
/// copies.
/// </summary>
internal class PooledJsonBody
{
    private byte[]? _buffer;

    public PooledJsonBody(byte[] rented, int length)
    {
        _buffer = rented;
        Json = rented.AsMemory(0, length);
    }

    /// <summary>The body's bytes, valid until <see cref="Return"/>.</summary>
    public ReadOnlyMemory<byte> Json { get; }

    /// <summary>Whether the array has gone back to the pool.</summary>
    public bool IsReturned => Volatile.Read(ref _buffer) is null;

    /// <summary>Hands the array back to the pool, once.</summary>
    public void Return()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
