namespace ImageryContracts.Serialization;

/// <summary>
/// A pooled body read outside any <see cref="JsonBodyScope"/> (a caller of the factory itself, a hand-written
/// request): <see cref="Microsoft.Kiota.Abstractions.Serialization.IParseNode"/> has no Dispose, so the finalizer is
/// the one safe point to return the array. Nodes keep themselves alive while they read (<see cref="GC.KeepAlive"/>),
/// so the array cannot go back while a reader is on it; it goes back at the first collection after the last node.
/// </summary>
internal sealed class FinalizedJsonBody(byte[] rented, int length) : PooledJsonBody(rented, length)
{
    ~FinalizedJsonBody() => Return();
}
