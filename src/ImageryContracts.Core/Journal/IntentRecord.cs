namespace ImageryContracts.Journal;

/// <summary>A change written under a claim.</summary>
/// <param name="State">The new state.</param>
/// <param name="Answer">The vendor's id of what was created; <c>null</c> keeps the stored one.</param>
/// <param name="Baseline">What the vendor's list held before the first send; <c>null</c> keeps the stored one.</param>
/// <param name="Failure">Why the intent ended <see cref="OrderIntentState.Unknown"/> or <see cref="OrderIntentState.Refused"/>, or was given up; <c>null</c> clears it.</param>
/// <param name="KeepLease">Whether the claim stays held (an intermediate write); otherwise the lease is released.</param>
public sealed record IntentRecord(OrderIntentState State, string? Answer = null, string? Baseline = null, string? Failure = null, bool KeepLease = false);
