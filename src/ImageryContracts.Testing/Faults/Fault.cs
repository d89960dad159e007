namespace ImageryContracts.Testing.Faults;

/// <summary>A fault to inject, with its parameters.</summary>
/// <param name="Kind">What goes wrong.</param>
public sealed record Fault(FaultKind Kind)
{
    /// <summary>The <c>Retry-After</c> value of <see cref="FaultKind.TooManyRequests"/> and <see cref="FaultKind.ServiceUnavailable"/>.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long <see cref="FaultKind.SlowResponse"/> holds the response back.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many body bytes <see cref="FaultKind.CutBody"/> and <see cref="FaultKind.SlowBody"/> send normally first. Default 0.</summary>
    public long AfterBytes { get; init; }

    /// <summary>The rate <see cref="FaultKind.SlowBody"/> sends the rest of the body at, at least 1. Default 16 KiB/s.</summary>
    public long BytesPerSecond { get; init; } = 16 * 1024;

    /// <summary>
    /// When true the request is processed first (an order is created, a payment taken) and only then is the response
    /// replaced by the fault: the client cannot tell whether its call took effect. This is the case that double-orders
    /// a client which blindly retries. Body faults (<see cref="FaultKind.CutBody"/>, <see cref="FaultKind.SlowBody"/>)
    /// always strike while the response is written, so they ignore it.
    /// </summary>
    public bool AfterProcessing { get; init; }

    /// <summary>Throws when a parameter is out of range, naming it and the accepted range.</summary>
    internal void Validate()
    {
        if (AfterBytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(AfterBytes), AfterBytes, "AfterBytes counts body bytes sent before the fault strikes: 0 or more.");
        }

        if (BytesPerSecond < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BytesPerSecond), BytesPerSecond, "BytesPerSecond is the slow body's rate: 1 or more (1 byte per second is a stalled body).");
        }
    }
}
