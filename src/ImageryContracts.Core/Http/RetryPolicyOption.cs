using Microsoft.Kiota.Abstractions;

namespace ImageryContracts.Http;

/// <summary>
/// Carries one request's <see cref="RetryPolicy"/> to the resilience pipeline, whose retry reads it through
/// <see cref="ImageryResilience.MayResend"/>. <see cref="ImageryRequest.Configure{T}"/> adds it to every call.
/// </summary>
/// <param name="policy">Which retries the pipeline may apply.</param>
public sealed class RetryPolicyOption(RetryPolicy policy) : IRequestOption
{
    /// <summary>Which retries the pipeline may apply.</summary>
    public RetryPolicy Policy { get; } = policy;
}
