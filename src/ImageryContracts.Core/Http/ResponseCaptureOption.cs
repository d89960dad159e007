using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Kiota.Abstractions;

namespace ImageryContracts.Http;

/// <summary>
/// A per-call record of the last answer the vendor gave (status, content type, request id, <c>Retry-After</c>, and the
/// start of the body), filled by <see cref="ResponseCaptureHandler"/>. Kiota's exceptions drop the body of an answer
/// they cannot parse; this keeps enough of it to say what the vendor sent.
/// </summary>
public sealed class ResponseCaptureOption : IRequestOption
{
    /// <summary>How much of a body is kept, in characters.</summary>
    public const int MaxBodyCharacters = 4096;

    private static readonly string[] RequestIdHeaders = ["x-request-id", "request-id", "x-correlation-id", "correlation-id", "x-amzn-requestid", "x-trace-id"];

    /// <summary>The request as last sent: its method and URL (secrets redacted), or <c>null</c> before it was sent.</summary>
    public string? Request { get; private set; }

    /// <summary>The status of the last answer, or <c>null</c> before any arrived.</summary>
    public int? StatusCode { get; private set; }

    /// <summary>The content type of the last answer.</summary>
    public string? ContentType { get; private set; }

    /// <summary>The request id header of the last answer.</summary>
    public string? RequestId { get; private set; }

    /// <summary>The wait the last answer asked for before trying again.</summary>
    public TimeSpan? RetryAfter { get; private set; }

    /// <summary>The start of the last answer's body (at most <see cref="MaxBodyCharacters"/>), secrets redacted.</summary>
    public string? BodyStart { get; private set; }

    internal void RecordSent(HttpRequestMessage request) =>
        Request = $"{request.Method} {SecretRedactor.RedactUrl(request.RequestUri)}";

    internal void Record(HttpResponseMessage response, string? bodyStart)
    {
        StatusCode = (int)response.StatusCode;
        ContentType = response.Content.Headers.ContentType?.ToString();
        RequestId = FindRequestId(response);
        RetryAfter = ReadRetryAfter(response.Headers.RetryAfter, response.Headers.Date);
        BodyStart = bodyStart is null ? null : SecretRedactor.RedactText(bodyStart);
    }

    internal static string? FindRequestId(HttpResponseMessage response)
    {
        foreach (var name in RequestIdHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values) && values.FirstOrDefault() is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    internal static TimeSpan? ReadRetryAfter(RetryConditionHeaderValue? retryAfter, DateTimeOffset? now) => retryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => TimeSpan.FromSeconds(Math.Max(0, (date - (now ?? DateTimeOffset.UtcNow)).TotalSeconds)),
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"HTTP {StatusCode} {ContentType} (request id {RequestId ?? "none"})");
}
