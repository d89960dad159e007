using System.Globalization;

namespace ImageryContracts.Http;

/// <summary>
/// Bounds each attempt (one send with its whole body) on a <see cref="TimeProvider"/>, separately from the caller's
/// cancellation, and turns an expired attempt into a <see cref="TimeoutException"/> the retry handlers and the error
/// translation recognise. <see cref="HttpClient.Timeout"/> bounds the whole call, retries included; this bounds one try.
/// </summary>
public sealed class AttemptTimeoutHandler : DelegatingHandler
{
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler.</summary>
    /// <param name="timeout">How long one attempt may take.</param>
    /// <param name="timeProvider">The clock; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is not positive.</exception>
    public AttemptTimeoutHandler(TimeSpan timeout, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _timeout = timeout;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var expiry = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
        try
        {
            return await base.SendAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (expiry.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                string.Create(CultureInfo.InvariantCulture, $"{request.Method} {SecretRedactor.RedactUrl(request.RequestUri)} gave no complete answer within {_timeout.TotalSeconds:0.###} s; raise the attempt timeout if the vendor is slow."),
                exception);
        }
    }
}
