namespace ImageryContracts.DataCosmos.Ordering;

/// <summary>
/// Serialises, within this process, the creation of orders with the same content, and only those. Without it, two
/// concurrent creations of identical orders could each claim the other's order after an ambiguous failure: the lookup
/// cannot tell identical orders apart. Creations of different content run in parallel (lock striping by content).
/// </summary>
internal static class SameContentGate
{
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public static async Task<IDisposable> EnterAsync(string fingerprint, CancellationToken cancellationToken)
    {
        var stripe = Stripes[(StringComparer.Ordinal.GetHashCode(fingerprint) & int.MaxValue) % Stripes.Length];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
