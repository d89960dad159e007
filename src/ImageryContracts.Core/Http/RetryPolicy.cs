namespace ImageryContracts.Http;

/// <summary>Which retries the HTTP pipeline may apply to one request.</summary>
public enum RetryPolicy
{
    /// <summary>Retries after transient failures for GET, HEAD and OPTIONS; none for a request that may change state.</summary>
    Default,

    /// <summary>A request that changes nothing although it is not a GET (a price, a token): retried like a GET.</summary>
    SafeToRetry,

    /// <summary>
    /// A request that changes state (an order, a checkout): the pipeline never sends it twice; the caller decides after
    /// an ambiguous failure, by looking at the vendor's state first.
    /// </summary>
    Never,
}
