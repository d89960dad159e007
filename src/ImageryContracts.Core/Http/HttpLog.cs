using Microsoft.Extensions.Logging;

namespace ImageryContracts.Http;

/// <summary>The log events of the HTTP pipeline; every value passed in has been through <see cref="SecretRedactor"/>.</summary>
internal static partial class HttpLog
{
    [LoggerMessage(EventId = 7101, EventName = "HttpAttemptAnswered", Level = LogLevel.Information,
        Message = "{Method} {Url} answered {StatusCode} in {ElapsedMs} ms (request id {RequestId})")]
    public static partial void AttemptAnswered(ILogger logger, string method, string url, int statusCode, long elapsedMs, string requestId);

    [LoggerMessage(EventId = 7102, EventName = "HttpAttemptFailed", Level = LogLevel.Warning,
        Message = "{Method} {Url} failed after {ElapsedMs} ms: {Reason}")]
    public static partial void AttemptFailed(ILogger logger, string method, string url, long elapsedMs, string reason);

    [LoggerMessage(EventId = 7103, EventName = "HttpRequestHeaders", Level = LogLevel.Debug,
        Message = "{Method} {Url} sent headers {Headers}")]
    public static partial void RequestHeaders(ILogger logger, string method, string url, string headers);
}
