using System.Net;

namespace ImageryContracts.Http;

/// <summary>
/// A failed vendor call, whatever failed: an error status with the vendor's error body, an unreadable body (malformed
/// JSON, an HTML error page), a timeout or a broken connection. The facades throw only this type for call failures, so
/// no <see cref="HttpRequestException"/>, JSON exception or Kiota <c>ApiException</c> reaches the caller; the original
/// is the <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class ImageryApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, with the status, the request id and what to do.</param>
    /// <param name="innerException">The exception the HTTP stack or Kiota raised.</param>
    public ImageryApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Why the call failed.</summary>
    public required ImageryFailureKind Kind { get; init; }

    /// <summary>The vendor (for example <c>OneAtlas</c>).</summary>
    public required string Vendor { get; init; }

    /// <summary>The operation, as the spec's <c>operationId</c> names it (for example <c>createOrder</c>).</summary>
    public required string Operation { get; init; }

    /// <summary>The HTTP status the vendor answered with, or <c>null</c> when no answer arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>
    /// The response field that could not be read, for an unreadable answer: a JSON path for malformed JSON
    /// (<c>$.items[3].status</c>), or the path of a field the spec requires that is missing or of another type
    /// (<c>items[3].id</c>). <c>null</c> when no one field is at fault.
    /// </summary>
    public string? Field { get; init; }

    /// <summary>The vendor's error body as the generated error model (for example OneAtlas' <c>ApiError</c>), when it parsed.</summary>
    public object? VendorError { get; init; }

    /// <summary>The vendor's own account of the error, taken from its error body.</summary>
    public string? VendorMessage { get; init; }

    /// <summary>The id to quote to the vendor's support: a request-id header, or the correlation id of the error body.</summary>
    public string? RequestId { get; init; }

    /// <summary>The start of the response body as received (secrets redacted), to see what an unreadable answer was.</summary>
    public string? RawBody { get; init; }

    /// <summary>The response's content type, when an answer arrived.</summary>
    public string? ContentType { get; init; }

    /// <summary>How long to wait before trying again: the vendor's <c>Retry-After</c>, or when an open circuit lets a call through.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Whether trying again later may succeed: timeouts, broken connections, calls not sent, 408, 429 and 5xx answers.</summary>
    public bool IsTransient =>
        Kind is ImageryFailureKind.Timeout or ImageryFailureKind.Connection or ImageryFailureKind.NotSent
        || StatusCode is (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500;

    /// <summary>
    /// Whether the vendor may have carried out the request although the call failed: no answer, a broken connection, a
    /// 5xx, or a success status whose body was lost. A 4xx other than these means the request was refused unprocessed,
    /// and a call the pipeline did not send (<see cref="ImageryFailureKind.NotSent"/>) never reached the vendor.
    /// A request that changes state (an order) must be looked up before it is sent again.
    /// </summary>
    public bool MayHaveBeenProcessed =>
        Kind != ImageryFailureKind.NotSent
        && (Kind is ImageryFailureKind.Timeout or ImageryFailureKind.Connection || StatusCode is null or < 400 or >= 500);
}
