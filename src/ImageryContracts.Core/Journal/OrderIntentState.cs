namespace ImageryContracts.Journal;

/// <summary>Where an intent stands. Stores keep the lower-case name (<c>pending</c>, <c>placed</c>, …).</summary>
public enum OrderIntentState
{
    /// <summary>Recorded, with no answer yet: the request may or may not have reached the vendor. Looked up before anything is resent.</summary>
    Pending,

    /// <summary>The vendor's answer is recorded (<see cref="JournalEntry.Answer"/>): the same reference returns that order.</summary>
    Placed,

    /// <summary>
    /// The outcome could not be settled: the request may have been carried out and the vendor's list could not be read.
    /// Nothing is resent blindly; the next claim looks the order up again.
    /// </summary>
    Unknown,

    /// <summary>The vendor refused, or every attempt failed and the list showed no order: nothing exists, so a later call may send again.</summary>
    Refused,
}
