namespace ImageryContracts.Journal;

/// <summary>
/// The rules every store applies inside its claim transaction, so SQLite and PostgreSQL (and any store a team writes)
/// decide alike.
/// </summary>
public static class ClaimDecision
{
    /// <summary>Decides a claim.</summary>
    /// <param name="intent">What the caller means to create.</param>
    /// <param name="existing">The reference's row, or <c>null</c> when the reference is new.</param>
    /// <param name="sameContentHolder">
    /// For <see cref="OrderIntent.ContentIdentifiesOrder"/>: another reference's unsettled row with the same fingerprint
    /// under a live lease, or <c>null</c>. Ignored otherwise.
    /// </param>
    /// <param name="now">The store's clock.</param>
    /// <returns>The outcome; the store grants the claim for <see cref="ClaimOutcome.New"/> and <see cref="ClaimOutcome.Unsettled"/> only.</returns>
    public static ClaimOutcome Decide(OrderIntent intent, JournalEntry? existing, JournalEntry? sameContentHolder, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var contentBusy = intent.ContentIdentifiesOrder && sameContentHolder is not null;
        if (existing is null)
        {
            return contentBusy ? ClaimOutcome.Busy : ClaimOutcome.New;
        }

        if (!string.Equals(existing.Fingerprint, intent.Fingerprint, StringComparison.Ordinal))
        {
            return ClaimOutcome.Mismatch;
        }

        if (existing.State == OrderIntentState.Placed)
        {
            return ClaimOutcome.Settled;
        }

        if (existing.IsLeasedAt(now) || contentBusy)
        {
            return ClaimOutcome.Busy;
        }

        return existing.State == OrderIntentState.Refused ? ClaimOutcome.New : ClaimOutcome.Unsettled;
    }
}
