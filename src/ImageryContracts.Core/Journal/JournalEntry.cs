namespace ImageryContracts.Journal;

/// <summary>One row of the journal as a store read it.</summary>
/// <param name="Vendor">The vendor key.</param>
/// <param name="Reference">The client reference.</param>
/// <param name="Fingerprint">The content fingerprint the reference was first used with.</param>
/// <param name="Content">That content in words.</param>
/// <param name="State">Where the intent stands.</param>
/// <param name="Answer">The vendor's id of what was created (the order id); set once <see cref="OrderIntentState.Placed"/>.</param>
/// <param name="Baseline">
/// What the vendor's list held before the first send, for vendors whose orders are recognised by content; <c>null</c>
/// until recorded (then nothing was sent yet) or when the reference alone finds the order.
/// </param>
/// <param name="Failure">Why the intent is <see cref="OrderIntentState.Unknown"/> or <see cref="OrderIntentState.Refused"/>, or why a claim was given up.</param>
/// <param name="Token">The fencing token: incremented by every granted claim; writes carry it.</param>
/// <param name="LeaseOwner">Who holds the claim; <c>null</c> when released.</param>
/// <param name="LeaseExpiresAt">When the claim ends unless renewed; <c>null</c> when released.</param>
/// <param name="CreatedAt">When the intent was first recorded.</param>
/// <param name="UpdatedAt">When the row last changed.</param>
public sealed record JournalEntry(
    string Vendor,
    string Reference,
    string Fingerprint,
    string Content,
    OrderIntentState State,
    string? Answer,
    string? Baseline,
    string? Failure,
    long Token,
    string? LeaseOwner,
    DateTimeOffset? LeaseExpiresAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Whether a live claim holds the row at <paramref name="now"/>.</summary>
    /// <param name="now">The store's clock.</param>
    /// <returns><c>true</c> while the lease has not expired.</returns>
    public bool IsLeasedAt(DateTimeOffset now) => LeaseOwner is not null && LeaseExpiresAt > now;
}
