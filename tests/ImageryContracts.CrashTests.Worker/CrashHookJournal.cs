using ImageryContracts.DataCosmos.Ordering;
using ImageryContracts.Journal;

namespace ImageryContracts.CrashTests.Worker;

/// <summary>The journal, with the hook point between the vendor's answer and the write that records it.</summary>
internal sealed class CrashHookJournal(IOrderJournal inner, CrashHooks hooks) : IOrderJournal
{
    public Task<JournalClaim> ClaimAsync(OrderIntent intent, JournalLease lease, CancellationToken cancellationToken = default) =>
        inner.ClaimAsync(intent, lease, cancellationToken);

    public Task<bool> RenewAsync(JournalClaim claim, CancellationToken cancellationToken = default) => inner.RenewAsync(claim, cancellationToken);

    public Task<bool> RecordAsync(JournalClaim claim, IntentRecord record, CancellationToken cancellationToken = default)
    {
        if (record.State == OrderIntentState.Placed)
        {
            hooks.Reach(
                claim.Entry.Vendor == DataCosmosOrdering.CheckoutJournalVendor ? CrashHooks.DuringCheckout : CrashHooks.BetweenAnswerAndJournal,
                $"{claim.Entry.Vendor} {claim.Entry.Reference}");
        }

        return inner.RecordAsync(claim, record, cancellationToken);
    }

    public Task<IReadOnlyList<JournalEntry>> ListUnsettledAsync(string vendor, CancellationToken cancellationToken = default) =>
        inner.ListUnsettledAsync(vendor, cancellationToken);

    public Task<IReadOnlyList<JournalEntry>> ListSameContentAsync(string vendor, string fingerprint, CancellationToken cancellationToken = default) =>
        inner.ListSameContentAsync(vendor, fingerprint, cancellationToken);
}
