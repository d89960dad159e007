using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Kiota.Http.HttpClientLibrary.Extensions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using Polly;
using Polly.Timeout;

namespace ImageryContracts.Http;

/// <summary>
/// The kit's resilience, on Microsoft.Extensions.Http.Resilience: the standard pipeline (total timeout, retry with
/// exponential backoff, jitter and <c>Retry-After</c>, circuit breaker, attempt timeout), set from
/// <see cref="HttpReliabilityOptions"/>, plus one rule no configuration lifts: a request that may change state is never
/// sent twice (<see cref="MayResend"/>). It is the only retrying layer of the pipeline: Kiota's retry handler is left out
/// (<see cref="ImageryHttpPipeline"/>).
/// </summary>
/// <remarks>
/// With <c>IHttpClientFactory</c> each vendor client gets <c>AddStandardResilienceHandler()</c>, whose options are the
/// named <see cref="HttpStandardResilienceOptions"/> <see cref="PipelineName"/>: a team tunes anything beyond
/// <see cref="HttpReliabilityOptions"/> with
/// <c>services.Configure&lt;HttpStandardResilienceOptions&gt;(ImageryResilience.PipelineName(clientName), …)</c>, the
/// resend rule is applied after every such configuration.
/// </remarks>
public static class ImageryResilience
{
    /// <summary>
    /// The name of the standard pipeline's options of a named <c>IHttpClientFactory</c> client, as
    /// <c>AddStandardResilienceHandler()</c> registers them.
    /// </summary>
    /// <param name="httpClientName">The client's name, such as <c>ImageryContracts.OneAtlas</c>.</param>
    /// <returns>The options name.</returns>
    public static string PipelineName(string httpClientName) => $"{httpClientName}-standard";

    /// <summary>
    /// Whether the pipeline may send a request again: not when its <see cref="RetryPolicy"/> is
    /// <see cref="RetryPolicy.Never"/> or it turned Kiota's retries off; yes for GET, HEAD, OPTIONS and requests marked
    /// <see cref="RetryPolicy.SafeToRetry"/>; no for any other method.
    /// </summary>
    /// <param name="request">The request, or <c>null</c> when the pipeline cannot tell which it is (then: no).</param>
    /// <returns>Whether a retry may send it again.</returns>
    public static bool MayResend(HttpRequestMessage? request)
    {
        if (request is null || request.GetRequestOption<RetryHandlerOption>() is { MaxRetry: 0 })
        {
            return false;
        }

        return request.GetRequestOption<RetryPolicyOption>()?.Policy switch
        {
            RetryPolicy.Never => false,
            RetryPolicy.SafeToRetry => true,
            _ => request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options,
        };
    }

    /// <summary>Sets the standard pipeline's options from the kit's.</summary>
    /// <param name="reliability">The vendor's settings.</param>
    /// <param name="options">The standard options to set.</param>
    public static void Apply(HttpReliabilityOptions reliability, HttpStandardResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(reliability);
        ArgumentNullException.ThrowIfNull(options);
        options.TotalRequestTimeout.Timeout = reliability.TotalTimeout;
        options.AttemptTimeout.Timeout = reliability.AttemptTimeout;

        // The library counts at least one retry; none is a retry that handles nothing.
        options.Retry.MaxRetryAttempts = Math.Max(1, reliability.Retries);
        options.Retry.Delay = reliability.RetryDelay;
        options.Retry.BackoffType = DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        options.Retry.ShouldRetryAfterHeader = true;
        options.Retry.ShouldHandle = arguments => ValueTask.FromResult(reliability.Retries > 0 && AsksForRetry(arguments.Outcome));

        options.CircuitBreaker.FailureRatio = reliability.CircuitBreaker.FailureRatio;
        options.CircuitBreaker.MinimumThroughput = reliability.CircuitBreaker.MinimumThroughput;
        options.CircuitBreaker.SamplingDuration = reliability.CircuitBreaker.SamplingDuration;
        options.CircuitBreaker.BreakDuration = reliability.CircuitBreaker.BreakDuration;
    }

    /// <summary>
    /// Whether an outcome is worth a retry: a broken connection or an expired attempt (the library's transient
    /// exceptions), or an answer that says "try again": 408, 429, 503 or 504. A 500 or 502 is not repeated: the
    /// vendor's own failure, or a proxy's error page, rarely clears within a call; the circuit breaker still counts it.
    /// </summary>
    /// <param name="outcome">The attempt's outcome.</param>
    /// <returns>Whether the retry should handle it.</returns>
    public static bool AsksForRetry(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception
            ? exception is HttpRequestException or TimeoutRejectedException
            : outcome.Result?.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// Narrows a retry's <c>ShouldHandle</c> to the requests <see cref="MayResend"/> allows, whatever it was set to.
    /// After an attempt timeout there is no response to read the request from, so the request comes from the
    /// resilience context (the gap behind dotnet/extensions#6548, where a POST was resent after a timeout).
    /// </summary>
    /// <param name="retry">The retry options to narrow.</param>
    public static void KeepResendRule(HttpRetryStrategyOptions retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        var shouldHandle = retry.ShouldHandle;
        retry.ShouldHandle = arguments =>
            MayResend(arguments.Outcome.Result?.RequestMessage ?? arguments.Context.GetRequestMessage())
                ? shouldHandle(arguments)
                : ValueTask.FromResult(false);
    }

    /// <summary>
    /// The pipeline for a client built without <c>IHttpClientFactory</c>: the standard pipeline's strategies in its
    /// order (total timeout, retry, circuit breaker, attempt timeout) with the resend rule, to wrap in a
    /// <see cref="ResilienceHandler"/>.
    /// </summary>
    /// <param name="reliability">The vendor's settings.</param>
    /// <param name="timeProvider">The clock of timeouts, waits and the circuit; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <returns>The pipeline.</returns>
    /// <exception cref="ArgumentException">A setting is out of range; the message names each.</exception>
    public static ResiliencePipeline<HttpResponseMessage> CreatePipeline(HttpReliabilityOptions reliability, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(reliability);
        if (reliability.Problems(nameof(HttpReliabilityOptions)) is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(reliability));
        }

        var options = new HttpStandardResilienceOptions();
        Apply(reliability, options);
        KeepResendRule(options.Retry);
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider ?? TimeProvider.System }
            .AddTimeout(options.TotalRequestTimeout)
            .AddRetry(options.Retry)
            .AddCircuitBreaker(options.CircuitBreaker)
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }
}
