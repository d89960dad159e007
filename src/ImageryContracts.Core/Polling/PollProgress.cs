namespace ImageryContracts.Polling;

/// <summary>One probe's outcome, reported to the caller's <see cref="IProgress{T}"/> after every probe.</summary>
/// <typeparam name="T">What the probe returns (an order, a delivery status).</typeparam>
/// <param name="Attempt">The probe's number, from 1.</param>
/// <param name="Elapsed">Time since the first probe started.</param>
/// <param name="NextDelay">The wait before the next probe, or <c>null</c> when polling stops here.</param>
/// <param name="LastValue">What the probe returned.</param>
/// <param name="Decision">How the classifier judged <paramref name="LastValue"/>.</param>
public sealed record PollProgress<T>(int Attempt, TimeSpan Elapsed, TimeSpan? NextDelay, T LastValue, PollDecision Decision);
