namespace ImageryContracts.Polling;

/// <summary>
/// How often and how long <see cref="Poller"/> probes: exponential backoff with full jitter (each wait is uniform in
/// [0, min(<see cref="MaxDelay"/>, <see cref="InitialDelay"/> · <see cref="Multiplier"/>ⁿ)) for the n-th wait), within
/// a total deadline.
/// </summary>
public sealed record PollingOptions
{
    /// <summary>The backoff cap before the first wait. Default 2 s.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The largest backoff cap. Default 1 min.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The factor the cap grows by after each wait; at least 1. Default 2.</summary>
    public double Multiplier { get; init; } = 2;

    /// <summary>
    /// The total time from the first probe by which the outcome must be known. A probe still running at the deadline is
    /// cancelled, and a wait that would end at or past it is not started. <c>null</c> polls until cancelled. Default 30 min.
    /// </summary>
    public TimeSpan? Deadline { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The jitter source; pass a seeded <see cref="System.Random"/> for reproducible waits. Default <see cref="Random.Shared"/>.</summary>
    public Random? Random { get; init; }

    /// <summary>
    /// Whether a state classified <see cref="PollDecision.Unknown"/> means "keep waiting". Off by default: a state nobody
    /// listed is more likely a new failure than progress.
    /// </summary>
    public bool UnknownStateIsWaiting { get; init; }

    /// <summary>Throws when a value is out of range, naming it and the accepted range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A delay, the multiplier or the deadline is out of range.</exception>
    public void Validate()
    {
        if (InitialDelay <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialDelay), InitialDelay, "InitialDelay must be positive.");
        }

        if (MaxDelay < InitialDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDelay), MaxDelay, $"MaxDelay must be at least InitialDelay ({InitialDelay}).");
        }

        if (!(Multiplier >= 1) || double.IsInfinity(Multiplier))
        {
            throw new ArgumentOutOfRangeException(nameof(Multiplier), Multiplier, "Multiplier must be a finite number ≥ 1.");
        }

        if (Deadline <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Deadline), Deadline, "Deadline must be positive, or null for none.");
        }
    }
}
