namespace ImageryContracts.Journal;

/// <summary>A store's answer to <see cref="IOrderJournal.ClaimAsync"/>.</summary>
/// <param name="Outcome">What was found and whether the claim was granted.</param>
/// <param name="Entry">
/// The row as it stands after the claim; for <see cref="ClaimOutcome.Busy"/> the row that holds the live lease (which
/// may be another reference's with the same content).
/// </param>
/// <param name="Lease">The lease asked for.</param>
public sealed record JournalClaim(ClaimOutcome Outcome, JournalEntry Entry, JournalLease Lease)
{
    /// <summary>Whether the caller holds the row and may send or look up.</summary>
    public bool IsGranted => Outcome is ClaimOutcome.New or ClaimOutcome.Unsettled;
}
