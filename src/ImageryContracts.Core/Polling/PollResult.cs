namespace ImageryContracts.Polling;

/// <summary>A poll that reached <see cref="PollDecision.Done"/>.</summary>
/// <typeparam name="T">What the probe returns.</typeparam>
/// <param name="Value">The final value.</param>
/// <param name="Attempts">How many probes ran.</param>
/// <param name="Elapsed">Time from the first probe to the last one's result.</param>
public sealed record PollResult<T>(T Value, int Attempts, TimeSpan Elapsed);
