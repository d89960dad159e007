namespace ImageryContracts.Polling;

/// <summary>The deadline passed (or would pass before the next probe) while the state still said "keep waiting".</summary>
public sealed class PollTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The last observed state, the elapsed time and the deadline.</param>
    /// <param name="lastValue">The last value observed, or <c>null</c> when no probe finished.</param>
    /// <param name="attempts">How many probes finished.</param>
    /// <param name="elapsed">Time since the first probe.</param>
    /// <param name="innerException">The cancellation of a probe cut off by the deadline, if any.</param>
    public PollTimeoutException(string message, object? lastValue, int attempts, TimeSpan elapsed, Exception? innerException = null)
        : base(message, innerException)
    {
        LastValue = lastValue;
        Attempts = attempts;
        Elapsed = elapsed;
    }

    /// <summary>The last value observed, or <c>null</c> when no probe finished.</summary>
    public object? LastValue { get; }

    /// <summary>How many probes finished.</summary>
    public int Attempts { get; }

    /// <summary>Time since the first probe.</summary>
    public TimeSpan Elapsed { get; }
}
