using Microsoft.Extensions.Logging;

namespace ImageryContracts.Http;

/// <summary>
/// Logs every attempt on the wire (so retries show): method, URL, status, duration and request id at Information,
/// failures at Warning, request headers at Debug. API keys, client secrets, tokens and <c>Authorization</c> values are
/// masked by <see cref="SecretRedactor"/>; bodies are never logged.
/// </summary>
public sealed class RedactingLoggingHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler.</summary>
    /// <param name="logger">Where the events go.</param>
    /// <param name="timeProvider">The clock the durations are measured on; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    public RedactingLoggingHandler(ILogger logger, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Method.Method;
        var url = SecretRedactor.RedactUrl(request.RequestUri);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            HttpLog.RequestHeaders(_logger, method, url, string.Join("; ", request.Headers.Select(header =>
                header.Key + ": " + string.Join(", ", header.Value.Select(value => SecretRedactor.RedactHeader(header.Key, value))))));
        }

        var start = _time.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            HttpLog.AttemptAnswered(_logger, method, url, (int)response.StatusCode, Elapsed(start), ResponseCaptureOption.FindRequestId(response) ?? "none");
            return response;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            HttpLog.AttemptFailed(_logger, method, url, Elapsed(start), SecretRedactor.RedactText($"{exception.GetType().Name}: {exception.Message}"));
            throw;
        }
    }

    private long Elapsed(long start) => (long)_time.GetElapsedTime(start).TotalMilliseconds;
}
