namespace ImageryContracts.Journal;

/// <summary>
/// A durable record of order intents, one row per vendor and client reference, shared by every process that orders
/// with the same references. The facades write the intent before a creation request leaves and the vendor's answer
/// after it arrives, so a reference never yields two orders across crashes, restarts and workers (see
/// <see cref="JournaledCreation"/>). A row is worked on only under a claim: a lease with a fencing token, so a worker
/// that stalled past its lease can no longer write.
/// </summary>
/// <remarks>
/// Stores decide claims with <see cref="ClaimDecision.Decide"/> inside one transaction, so every store applies the
/// same rules; Core holds no database driver.
/// </remarks>
public interface IOrderJournal
{
    /// <summary>
    /// Records the intent if the reference is new, or reads its row, and claims it when the caller may act on it:
    /// the row is not settled, its fingerprint matches and no live lease holds it (nor, for an intent whose order is
    /// recognised by content, any other reference with the same fingerprint). A granted claim increments the row's
    /// fencing token.
    /// </summary>
    /// <param name="intent">The vendor, reference, fingerprint and content.</param>
    /// <param name="lease">Who claims and for how long.</param>
    /// <param name="cancellationToken">Stops waiting for the store.</param>
    /// <returns>The decision and the row it was made on.</returns>
    Task<JournalClaim> ClaimAsync(OrderIntent intent, JournalLease lease, CancellationToken cancellationToken = default);

    /// <summary>Extends a granted claim's lease by its duration from now.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="cancellationToken">Stops waiting for the store.</param>
    /// <returns><c>false</c> when the claim was lost: its token or owner changed, or the row was settled.</returns>
    Task<bool> RenewAsync(JournalClaim claim, CancellationToken cancellationToken = default);

    /// <summary>Writes a new state under a granted claim (fenced by its token and owner).</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="record">The state, answer, baseline or failure to write, and whether the lease is kept.</param>
    /// <param name="cancellationToken">Stops waiting for the store.</param>
    /// <returns><c>false</c> when the claim was lost and nothing was written.</returns>
    Task<bool> RecordAsync(JournalClaim claim, IntentRecord record, CancellationToken cancellationToken = default);

    /// <summary>The vendor's intents without an answer: <see cref="OrderIntentState.Pending"/> and <see cref="OrderIntentState.Unknown"/>.</summary>
    /// <param name="vendor">The vendor key.</param>
    /// <param name="cancellationToken">Stops waiting for the store.</param>
    /// <returns>The rows, oldest first.</returns>
    Task<IReadOnlyList<JournalEntry>> ListUnsettledAsync(string vendor, CancellationToken cancellationToken = default);

    /// <summary>The vendor's intents with this fingerprint, whatever their reference and state.</summary>
    /// <param name="vendor">The vendor key.</param>
    /// <param name="fingerprint">The content fingerprint.</param>
    /// <param name="cancellationToken">Stops waiting for the store.</param>
    /// <returns>The rows, oldest first.</returns>
    Task<IReadOnlyList<JournalEntry>> ListSameContentAsync(string vendor, string fingerprint, CancellationToken cancellationToken = default);
}
