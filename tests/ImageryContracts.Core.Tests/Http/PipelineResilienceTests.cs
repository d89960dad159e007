using System.Net;
using ImageryContracts.Http;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace ImageryContracts.Core.Tests.Http;

/// <summary>
/// The resilience pipeline a hand-built client gets (<see cref="ImageryHttpPipeline.CreateHttpClient"/>): one retry
/// layer, <c>Retry-After</c>, the attempt and total timeouts, the circuit breaker, and the rule that a request which
/// may change state is never sent twice, each counted on the scripted network.
/// </summary>
public sealed class PipelineResilienceTests
{
    private static readonly TimeSpan Attempt = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Exactly_one_layer_retries_a_get_answered_503_so_it_is_sent_retries_plus_one_times()
    {
        var pipeline = new PipelineUnderTest(new HttpReliabilityOptions { Retries = 3, RetryDelay = TimeSpan.Zero });
        pipeline.Network.Then(HttpStatusCode.ServiceUnavailable, """{"message":"busy"}""", configure: response => response.Headers.Add("Retry-After", "0"));

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => pipeline.GetAsync());

        Assert.Equal(4, pipeline.Network.Sent.Count);
        Assert.Equal(503, error.StatusCode);
        Assert.DoesNotContain(ImageryHttpPipeline.CreateHandlers(pipeline.Log, pipeline.Tokens), handler => handler is RetryHandler);
    }

    [Fact]
    public async Task The_wait_before_a_retry_is_the_retry_after_the_vendor_asked_for()
    {
        var time = new TimerRecordingTimeProvider();
        var pipeline = new PipelineUnderTest(new HttpReliabilityOptions { RetryDelay = TimeSpan.FromMilliseconds(1) }, time);
        pipeline.Network
            .Then(HttpStatusCode.TooManyRequests, configure: response => response.Headers.Add("Retry-After", "7"))
            .Then(HttpStatusCode.OK, """{"name":"after the wait"}""");

        var call = pipeline.GetAsync();
        await time.TimerStartedAsync(TimeSpan.FromSeconds(7));
        time.Advance(TimeSpan.FromSeconds(6.9));
        Assert.Single(pipeline.Network.Sent);
        time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal("after the wait", (await call).Name);
        Assert.Equal(2, pipeline.Network.Sent.Count);
    }

    [Fact]
    public async Task A_post_is_never_resent_after_an_attempt_timeout_while_a_get_is()
    {
        // Each attempt's timeout is armed before its request reaches the network, so advancing after the arrival is never lost.
        var time = new TimerRecordingTimeProvider();
        var pipeline = new PipelineUnderTest(new HttpReliabilityOptions { AttemptTimeout = Attempt, Retries = 3, RetryDelay = TimeSpan.Zero }, time);
        pipeline.Network.ThenHang();

        foreach (var policy in new[] { RetryPolicy.Never, RetryPolicy.Default })
        {
            var post = pipeline.PostAsync(policy);
            await pipeline.Network.NextRequestArrivedAsync();
            time.Advance(Attempt);
            var error = await Assert.ThrowsAsync<ImageryApiException>(() => post);
            Assert.Equal(ImageryFailureKind.Timeout, error.Kind);
            Assert.True(error.MayHaveBeenProcessed);
        }

        Assert.Equal(2, pipeline.Network.Sent.Count);
        Assert.All(pipeline.Network.Sent, sent => Assert.Equal(HttpMethod.Post, sent.Method));

        var get = pipeline.GetAsync();
        await pipeline.Network.NextRequestArrivedAsync();
        time.Advance(Attempt);
        await pipeline.Network.NextRequestArrivedAsync();
        Assert.Equal(4, pipeline.Network.Sent.Count);
        Assert.Equal(HttpMethod.Get, pipeline.Network.Sent[^1].Method);
        time.Advance(TimeSpan.FromMinutes(3));
        await Assert.ThrowsAsync<ImageryApiException>(() => get);
    }

    [Fact]
    public async Task The_total_timeout_bounds_every_attempt_and_wait_of_one_call()
    {
        var time = new TimerRecordingTimeProvider();
        var pipeline = new PipelineUnderTest(
            new HttpReliabilityOptions { AttemptTimeout = Attempt, TotalTimeout = TimeSpan.FromSeconds(12), Retries = 5, RetryDelay = TimeSpan.Zero }, time);
        pipeline.Network.ThenHang();

        var call = pipeline.GetAsync();
        await pipeline.Network.NextRequestArrivedAsync();
        time.Advance(Attempt);
        await pipeline.Network.NextRequestArrivedAsync();
        time.Advance(Attempt);
        await pipeline.Network.NextRequestArrivedAsync();
        time.Advance(TimeSpan.FromSeconds(2));
        var error = await Assert.ThrowsAsync<ImageryApiException>(() => call);

        Assert.Equal(3, pipeline.Network.Sent.Count);
        Assert.Equal(ImageryFailureKind.Timeout, error.Kind);
        Assert.Contains("GET https://api.vendor.example/things/1 did not complete within the total timeout of 12 s, retries and waits included", error.Message);
    }

    [Fact]
    public async Task The_circuit_opens_after_the_configured_failures_and_then_fails_fast_with_a_typed_error_nothing_sent()
    {
        var time = new TimerRecordingTimeProvider();
        var breaker = new CircuitBreakerSettings { FailureRatio = 1, MinimumThroughput = 3, BreakDuration = TimeSpan.FromSeconds(30) };
        var pipeline = new PipelineUnderTest(new HttpReliabilityOptions { Retries = 0, CircuitBreaker = breaker }, time);
        pipeline.Network
            .Then(HttpStatusCode.InternalServerError, """{"message":"down"}""")
            .Then(HttpStatusCode.InternalServerError, """{"message":"down"}""")
            .Then(HttpStatusCode.InternalServerError, """{"message":"down"}""")
            .Then(HttpStatusCode.OK, """{"name":"back"}""");

        for (var call = 0; call < 3; call++)
        {
            Assert.Equal(500, (await Assert.ThrowsAsync<ImageryApiException>(() => pipeline.GetAsync())).StatusCode);
        }

        var open = await Assert.ThrowsAsync<ImageryApiException>(() => pipeline.GetAsync());

        Assert.Equal(3, pipeline.Network.Sent.Count);
        Assert.Equal(ImageryFailureKind.NotSent, open.Kind);
        Assert.False(open.MayHaveBeenProcessed);
        Assert.True(open.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(30), open.RetryAfter);
        Assert.Contains("Vendor getThing was not sent: the circuit breaker is open after repeated failures of Vendor and lets a call through again in 30 s", open.Message);

        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("back", (await pipeline.GetAsync()).Name);
        Assert.Equal(4, pipeline.Network.Sent.Count);
    }

    [Fact]
    public void Settings_out_of_range_are_refused_naming_each_setting_and_the_fix()
    {
        var options = new HttpReliabilityOptions
        {
            AttemptTimeout = TimeSpan.FromMinutes(1),
            TotalTimeout = TimeSpan.FromSeconds(30),
            Retries = 11,
            CircuitBreaker = new CircuitBreakerSettings { FailureRatio = 0, MinimumThroughput = 1, SamplingDuration = TimeSpan.FromMinutes(1) },
        };

        var error = Assert.Throws<ArgumentException>(() => ImageryResilience.CreatePipeline(options));

        Assert.Contains("HttpReliabilityOptions:TotalTimeout is 00:00:30; set it longer than HttpReliabilityOptions:AttemptTimeout (00:01:00)", error.Message);
        Assert.Contains("HttpReliabilityOptions:Retries is 11; set 0 (no retries) to 10.", error.Message);
        Assert.Contains("HttpReliabilityOptions:CircuitBreaker:FailureRatio is 0;", error.Message);
        Assert.Contains("HttpReliabilityOptions:CircuitBreaker:MinimumThroughput is 1;", error.Message);
        Assert.Contains("HttpReliabilityOptions:CircuitBreaker:SamplingDuration is 00:01:00; set at least twice HttpReliabilityOptions:AttemptTimeout (00:02:00)", error.Message);
    }
}
