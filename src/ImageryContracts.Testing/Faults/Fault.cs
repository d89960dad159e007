namespace ImageryContracts.Testing.Faults;

/// <summary>A fault to inject, with its parameters.</summary>
/// <param name="Kind">What goes wrong.</param>
public sealed record Fault(FaultKind Kind)
{
    /// <summary>The <c>Retry-After</c> value of <see cref="FaultKind.TooManyRequests"/> and <see cref="FaultKind.ServiceUnavailable"/>.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long <see cref="FaultKind.SlowResponse"/> holds the response back.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// When true the request is processed first (an order is created, a payment taken) and only then is the response
    /// replaced by the fault: the client cannot tell whether its call took effect. This is the case that double-orders
    /// a client which blindly retries.
    /// </summary>
    public bool AfterProcessing { get; init; }
}
