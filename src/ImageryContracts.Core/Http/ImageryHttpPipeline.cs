using ImageryContracts.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace ImageryContracts.Http;

/// <summary>
/// The handler chain every vendor client uses, outermost first: the 401 refresh, Kiota's default middleware (its
/// retry handler repeats 429/503/504 as <c>Retry-After</c> says), the transport retry for safe requests, the attempt
/// timeout, the response capture and the redacted log of each attempt. The same list serves a hand-built
/// <see cref="HttpClient"/> and <c>IHttpClientFactory</c>.
/// </summary>
public static class ImageryHttpPipeline
{
    /// <summary>Creates fresh handler instances in their order (handlers cannot be shared between pipelines).</summary>
    /// <param name="options">Timeouts and retries.</param>
    /// <param name="logger">Where each attempt is logged.</param>
    /// <param name="tokens">The token provider of the requests' bearer tokens; <c>null</c> for unauthenticated calls (the token endpoint).</param>
    /// <param name="timeProvider">The clock of timeouts and waits; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <returns>The handlers, outermost first.</returns>
    public static IList<DelegatingHandler> CreateHandlers(
        HttpReliabilityOptions options, ILogger logger, BearerTokenProvider? tokens = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var handlers = new List<DelegatingHandler>();
        if (tokens is not null)
        {
            handlers.Add(new UnauthorizedRetryHandler(tokens));
        }

        handlers.AddRange(KiotaClientFactory.CreateDefaultHandlers(
            [new RetryHandlerOption { MaxRetry = options.StatusRetries, Delay = options.StatusRetryDelaySeconds }]));
        handlers.Add(new TransportRetryHandler(options.TransportRetries, options.TransportRetryDelay, timeProvider));
        handlers.Add(new AttemptTimeoutHandler(options.AttemptTimeout, timeProvider));
        handlers.Add(new ResponseCaptureHandler());
        handlers.Add(new RedactingLoggingHandler(logger, timeProvider));
        return handlers;
    }

    /// <summary>Creates an <see cref="HttpClient"/> with the whole chain, for use without dependency injection.</summary>
    /// <param name="options">Timeouts and retries.</param>
    /// <param name="logger">Where each attempt is logged.</param>
    /// <param name="tokens">The token provider of the requests' bearer tokens; <c>null</c> for unauthenticated calls.</param>
    /// <param name="primaryHandler">The handler that talks to the network; <c>null</c> for Kiota's default.</param>
    /// <param name="timeProvider">The clock of timeouts and waits; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <returns>The client; its <see cref="HttpClient.Timeout"/> is infinite because attempts are bounded one by one.</returns>
    public static HttpClient CreateHttpClient(
        HttpReliabilityOptions options, ILogger logger, BearerTokenProvider? tokens = null, HttpMessageHandler? primaryHandler = null, TimeProvider? timeProvider = null)
    {
        var client = KiotaClientFactory.Create(CreateHandlers(options, logger, tokens, timeProvider), primaryHandler);
        client.Timeout = Timeout.InfiniteTimeSpan;
        return client;
    }
}
