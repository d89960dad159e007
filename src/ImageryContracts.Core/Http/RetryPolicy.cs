namespace ImageryContracts.Http;

/// <summary>Which retries the HTTP pipeline may apply to one request.</summary>
public enum RetryPolicy
{
    /// <summary>Kiota's retries on 429/503/504; transport retries only for GET, HEAD and OPTIONS.</summary>
    Default,

    /// <summary>A request that changes nothing although it is not a GET (a price, a token): every retry applies.</summary>
    SafeToRetry,

    /// <summary>
    /// A request that changes state (an order, a checkout): the pipeline never sends it twice; the caller decides after
    /// an ambiguous failure, by looking at the vendor's state first.
    /// </summary>
    Never,
}
