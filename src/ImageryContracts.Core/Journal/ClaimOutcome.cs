namespace ImageryContracts.Journal;

/// <summary>What a claim found, and what the caller may do.</summary>
public enum ClaimOutcome
{
    /// <summary>Granted: nothing under this reference can exist at the vendor (a new reference, or one the vendor refused). Send.</summary>
    New,

    /// <summary>Granted: an earlier attempt left no answer, so its request may have been carried out. Look the order up before sending.</summary>
    Unsettled,

    /// <summary>Not granted, not needed: the answer is recorded. Return that order.</summary>
    Settled,

    /// <summary>Not granted: a live claim of another worker holds the reference, or (content-identified orders) the same content under another reference.</summary>
    Busy,

    /// <summary>Not granted: the reference was first used with other content.</summary>
    Mismatch,
}
