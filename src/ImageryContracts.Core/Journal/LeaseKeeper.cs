using Microsoft.Extensions.Logging;

namespace ImageryContracts.Journal;

/// <summary>
/// Renews a granted claim every third of its lease while the work under it runs. When the store reports the claim
/// lost (another worker took it over after this one stalled past its lease), <see cref="Token"/> is cancelled so the
/// work stops instead of racing the new holder.
/// </summary>
internal sealed class LeaseKeeper : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _work;
    private readonly Task _loop;

    private LeaseKeeper(IOrderJournal journal, JournalClaim claim, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        _work = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = RenewAsync(journal, claim, time, logger);
    }

    /// <summary>Cancelled by the caller, or when the claim is lost.</summary>
    public CancellationToken Token => _work.Token;

    /// <summary>Whether the store reported the claim lost.</summary>
    public bool Lost { get; private set; }

    public static LeaseKeeper Start(IOrderJournal journal, JournalClaim claim, TimeProvider time, ILogger logger, CancellationToken cancellationToken) =>
        new(journal, claim, time, logger, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
        _work.Dispose();
    }

    private async Task RenewAsync(IOrderJournal journal, JournalClaim claim, TimeProvider time, ILogger logger)
    {
        var every = claim.Lease.Duration / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, time, _stop.Token).ConfigureAwait(false);
                try
                {
                    if (!await journal.RenewAsync(claim, _stop.Token).ConfigureAwait(false))
                    {
                        Lost = true;
                        JournalLog.LeaseLost(logger, claim.Entry.Vendor, claim.Entry.Reference, claim.Entry.Token, "stopping this attempt; the new holder looks the order up before sending");
                        await _work.CancelAsync().ConfigureAwait(false);
                        return;
                    }
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    // A store that is briefly unreachable is no loss of the claim: the lease still runs, and the next
                    // renewal may get through well before it ends.
                    JournalLog.RenewalFailed(logger, claim.Entry.Vendor, claim.Entry.Reference, failure.Message);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }
}
