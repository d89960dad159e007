namespace ImageryContracts.Polling;

/// <summary>Polling stopped on a state classified <see cref="PollDecision.Failed"/> or <see cref="PollDecision.Unknown"/>.</summary>
public sealed class PollFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was observed and what to do.</param>
    /// <param name="decision">Either <see cref="PollDecision.Failed"/> or <see cref="PollDecision.Unknown"/>.</param>
    /// <param name="lastValue">The value that stopped polling.</param>
    /// <param name="attempts">How many probes ran.</param>
    /// <param name="elapsed">Time since the first probe.</param>
    public PollFailedException(string message, PollDecision decision, object? lastValue, int attempts, TimeSpan elapsed)
        : base(message)
    {
        Decision = decision;
        LastValue = lastValue;
        Attempts = attempts;
        Elapsed = elapsed;
    }

    /// <summary>Either <see cref="PollDecision.Failed"/> or <see cref="PollDecision.Unknown"/>.</summary>
    public PollDecision Decision { get; }

    /// <summary>The value that stopped polling.</summary>
    public object? LastValue { get; }

    /// <summary>How many probes ran.</summary>
    public int Attempts { get; }

    /// <summary>Time since the first probe.</summary>
    public TimeSpan Elapsed { get; }
}
