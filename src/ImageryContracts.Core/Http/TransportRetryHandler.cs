using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace ImageryContracts.Http;

/// <summary>
/// Sends a safe request again after a broken connection or an expired attempt, which Kiota's retry handler (status
/// codes only: 429, 503, 504) leaves alone. Safe means GET, HEAD or OPTIONS, or marked with
/// <see cref="SafeToRetryOption"/>; a request carrying a <see cref="RetryHandlerOption"/> with <c>MaxRetry = 0</c> (an
/// order creation) is never sent twice by this handler either.
/// </summary>
public sealed class TransportRetryHandler : DelegatingHandler
{
    private readonly int _maxRetries;
    private readonly TimeSpan _baseDelay;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler.</summary>
    /// <param name="maxRetries">How many times a safe request is sent again; 0 disables the handler.</param>
    /// <param name="baseDelay">The wait before the first retry, doubled for each further one.</param>
    /// <param name="timeProvider">The clock for the waits; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count or delay is negative.</exception>
    public TransportRetryHandler(int maxRetries, TimeSpan baseDelay, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetries);
        ArgumentOutOfRangeException.ThrowIfLessThan(baseDelay, TimeSpan.Zero);
        _maxRetries = maxRetries;
        _baseDelay = baseDelay;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Whether a request may be sent again after a transport failure.</summary>
    /// <param name="request">The request.</param>
    /// <returns><c>true</c> for GET, HEAD, OPTIONS and requests marked <see cref="SafeToRetryOption"/>, unless retries are disabled on the request.</returns>
    public static bool IsSafeToResend(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.GetRequestOption<RetryHandlerOption>() is { MaxRetry: 0 })
        {
            return false;
        }

        return request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options
            || request.GetRequestOption<SafeToRetryOption>() is not null;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_maxRetries == 0 || !IsSafeToResend(request))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var attempt = request;
        for (var retry = 0; ; retry++)
        {
            try
            {
                return await base.SendAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (retry < _maxRetries && IsTransportFailure(exception) && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(_baseDelay * Math.Pow(2, retry), _time, cancellationToken).ConfigureAwait(false);
                attempt = await HttpRequestCloning.CloneAsync(request, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsTransportFailure(Exception exception) =>
        exception is HttpRequestException or TimeoutException or IOException;
}
