namespace ImageryContracts.Journal;

/// <summary>What recovery made of one intent that an earlier run left without an answer.</summary>
/// <param name="Reference">The client reference.</param>
/// <param name="State">
/// Its state now: <see cref="OrderIntentState.Placed"/> (found in the vendor's list; <paramref name="Answer"/> names the
/// order), <see cref="OrderIntentState.Pending"/> (not found, or held by a live worker; the next call with the
/// reference settles it) or <see cref="OrderIntentState.Unknown"/> (the list could not be read; nothing is resent).
/// </param>
/// <param name="Answer">The order found, when <see cref="OrderIntentState.Placed"/>.</param>
/// <param name="Note">What was done, in words.</param>
public sealed record RecoveredIntent(string Reference, OrderIntentState State, string? Answer, string Note);
