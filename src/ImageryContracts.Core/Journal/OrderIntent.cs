namespace ImageryContracts.Journal;

/// <summary>What a caller means to create at a vendor under a client reference.</summary>
/// <param name="Vendor">The vendor key (for example <c>OneAtlas</c>, <c>DataCosmos</c>, <c>DataCosmos/checkout</c>).</param>
/// <param name="Reference">The client reference: the idempotency key.</param>
/// <param name="Fingerprint">A digest of the content; the same reference with another fingerprint is refused.</param>
/// <param name="Content">The content in words, named when a reuse of the reference is refused.</param>
/// <param name="ContentIdentifiesOrder">
/// Whether the vendor's list can only recognise the order by its content (DataCosmos keeps no client reference):
/// then no two intents with the same fingerprint may be in flight at once, and a lookup must skip the orders that
/// existed before the first send (<see cref="JournalEntry.Baseline"/>).
/// </param>
public sealed record OrderIntent(string Vendor, string Reference, string Fingerprint, string Content, bool ContentIdentifiesOrder = false);
