namespace ImageryContracts.Http;

/// <summary>Why a vendor call failed, in the terms a caller acts on.</summary>
public enum ImageryFailureKind
{
    /// <summary>The vendor answered with an error status (4xx or 5xx); <see cref="ImageryApiException.VendorError"/> holds its body when it parsed.</summary>
    ErrorStatus,

    /// <summary>The vendor's answer could not be read as the spec describes it: malformed JSON, an HTML error page, an empty body.</summary>
    UnreadableResponse,

    /// <summary>No complete answer arrived within the attempt timeout, or the call outlasted its total timeout.</summary>
    Timeout,

    /// <summary>The connection failed or was reset before a complete answer arrived.</summary>
    Connection,

    /// <summary>
    /// The kit's pipeline refused to send the request: its circuit breaker is open after repeated failures
    /// (<see cref="ImageryApiException.RetryAfter"/> says when it lets a call through again), or too many calls were in
    /// flight. The vendor never saw it.
    /// </summary>
    NotSent,
}
