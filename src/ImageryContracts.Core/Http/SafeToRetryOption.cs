using Microsoft.Kiota.Abstractions;

namespace ImageryContracts.Http;

/// <summary>
/// Marks a request that changes nothing on the vendor's side although its method is not GET (a price request, a token
/// exchange), so <see cref="TransportRetryHandler"/> may send it again after a broken connection or a timeout.
/// </summary>
public sealed class SafeToRetryOption : IRequestOption
{
    /// <summary>The shared instance; the option carries no state.</summary>
    public static SafeToRetryOption Instance { get; } = new();
}
