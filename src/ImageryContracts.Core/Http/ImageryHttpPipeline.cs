using ImageryContracts.Auth;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace ImageryContracts.Http;

/// <summary>
/// The handler chain every vendor client uses, outermost first: the resilience pipeline (<see cref="ImageryResilience"/>:
/// total timeout, retry, circuit breaker, attempt timeout), the 401 refresh, Kiota's default middleware without its
/// retry handler (so one layer retries, not two), the response capture and the redacted log of each attempt.
/// </summary>
public static class ImageryHttpPipeline
{
    /// <summary>
    /// Creates fresh instances of the handlers inside the resilience pipeline, in their order (handlers cannot be
    /// shared between pipelines). <c>IHttpClientFactory</c> puts them after its <c>AddStandardResilienceHandler()</c>;
    /// <see cref="CreateHttpClient"/> after a <see cref="ResilienceHandler"/>.
    /// </summary>
    /// <param name="logger">Where each attempt is logged.</param>
    /// <param name="tokens">The token provider of the requests' bearer tokens; <c>null</c> for unauthenticated calls (the token endpoint).</param>
    /// <param name="timeProvider">The clock the logged durations are measured on; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <returns>The handlers, outermost first.</returns>
    public static IList<DelegatingHandler> CreateHandlers(ILogger logger, BearerTokenProvider? tokens = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var handlers = new List<DelegatingHandler>();
        if (tokens is not null)
        {
            handlers.Add(new UnauthorizedRetryHandler(tokens));
        }

        handlers.AddRange(KiotaClientFactory.CreateDefaultHandlers().Where(handler => handler is not RetryHandler));
        handlers.Add(new ResponseCaptureHandler());
        handlers.Add(new RedactingLoggingHandler(logger, timeProvider));
        return handlers;
    }

    /// <summary>Creates an <see cref="HttpClient"/> with the whole chain, for use without dependency injection.</summary>
    /// <param name="options">Timeouts, retries and the circuit breaker.</param>
    /// <param name="logger">Where each attempt is logged.</param>
    /// <param name="tokens">The token provider of the requests' bearer tokens; <c>null</c> for unauthenticated calls.</param>
    /// <param name="primaryHandler">The handler that talks to the network; <c>null</c> for Kiota's default.</param>
    /// <param name="timeProvider">The clock of timeouts and waits; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <returns>The client; its <see cref="HttpClient.Timeout"/> is infinite because the pipeline bounds every call.</returns>
    /// <exception cref="ArgumentException">A setting in <paramref name="options"/> is out of range; the message names each.</exception>
    public static HttpClient CreateHttpClient(
        HttpReliabilityOptions options, ILogger logger, BearerTokenProvider? tokens = null, HttpMessageHandler? primaryHandler = null, TimeProvider? timeProvider = null)
    {
        var handlers = CreateHandlers(logger, tokens, timeProvider);
        handlers.Insert(0, new ResilienceHandler(ImageryResilience.CreatePipeline(options, timeProvider)));
        var client = KiotaClientFactory.Create(handlers, primaryHandler);
        client.Timeout = Timeout.InfiniteTimeSpan;
        return client;
    }
}
