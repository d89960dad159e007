namespace ImageryContracts.Ordering;

/// <summary>An order that exists exactly once at the vendor.</summary>
/// <typeparam name="TOrder">The vendor's order model.</typeparam>
/// <param name="Order">The order as the vendor returned or listed it.</param>
/// <param name="OrderReference">What identifies the order in the vendor's list (the tag or line items it was looked up by).</param>
/// <param name="SendAttempts">How many times the creation request was sent.</param>
/// <param name="FoundByLookup">Whether the order was found in the vendor's list after a failure left the outcome unknown.</param>
/// <param name="Resumed">
/// Whether the order was created by an earlier call with the same client reference (before a crash or restart, in
/// another process, or earlier in this one) and is returned instead of a new one.
/// </param>
public sealed record OrderCreationResult<TOrder>(TOrder Order, string OrderReference, int SendAttempts, bool FoundByLookup, bool Resumed = false);
