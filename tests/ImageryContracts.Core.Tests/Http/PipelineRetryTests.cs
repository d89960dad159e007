using System.Net;
using ImageryContracts.Core.Tests.Polling;
using ImageryContracts.Http;

namespace ImageryContracts.Core.Tests.Http;

public sealed class PipelineRetryTests
{
    [Fact]
    public async Task A_503_with_retry_after_is_retried_once_the_wait_is_over()
    {
        var pipeline = new PipelineUnderTest();
        pipeline.Network
            .Then(HttpStatusCode.ServiceUnavailable, configure: response => response.Headers.Add("Retry-After", "0"))
            .Then(HttpStatusCode.OK, """{"name":"after 503"}""");

        var thing = await pipeline.GetAsync();

        Assert.Equal("after 503", thing.Name);
        Assert.Equal(2, pipeline.Network.Sent.Count);
    }

    [Fact]
    public async Task A_429_on_a_safe_post_is_retried()
    {
        var pipeline = new PipelineUnderTest();
        pipeline.Network
            .Then(HttpStatusCode.TooManyRequests, configure: response => response.Headers.Add("Retry-After", "0"))
            .Then(HttpStatusCode.OK, """{"name":"after 429"}""");

        Assert.Equal("after 429", (await pipeline.PostAsync(RetryPolicy.SafeToRetry)).Name);
        Assert.Equal(2, pipeline.Network.Sent.Count);
    }

    [Fact]
    public async Task A_never_retried_request_is_sent_once_despite_a_503_and_reports_the_retry_after()
    {
        var pipeline = new PipelineUnderTest();
        pipeline.Network.Then(HttpStatusCode.ServiceUnavailable, """{"message":"busy"}""", configure: response => response.Headers.Add("Retry-After", "7"));

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => pipeline.PostAsync(RetryPolicy.Never));

        Assert.Single(pipeline.Network.Sent);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.True(error.MayHaveBeenProcessed);
        Assert.Contains("may or may not have been carried out", error.Message);
    }

    [Fact]
    public async Task A_reset_connection_on_a_get_is_retried_with_the_same_request()
    {
        var pipeline = new PipelineUnderTest();
        pipeline.Network
            .ThenThrow(new HttpRequestException("Connection reset by peer"))
            .Then(HttpStatusCode.OK, """{"name":"after reset"}""");

        Assert.Equal("after reset", (await pipeline.GetAsync(path: "/things/1?page=2")).Name);
        Assert.Equal(2, pipeline.Network.Sent.Count);
        Assert.All(pipeline.Network.Sent, sent => Assert.Equal("https://api.vendor.example/things/1?page=2", sent.Url.ToString()));
    }

    [Fact]
    public async Task A_safe_post_is_resent_with_its_body_after_a_reset()
    {
        var pipeline = new PipelineUnderTest();
        pipeline.Network
            .ThenThrow(new HttpRequestException("Connection reset by peer"))
            .Then(HttpStatusCode.OK, """{"name":"priced"}""");

        await pipeline.PostAsync(RetryPolicy.SafeToRetry);

        Assert.Equal(2, pipeline.Network.Sent.Count);
        Assert.All(pipeline.Network.Sent, sent => Assert.Equal("""{"name":"new"}""", sent.Body));
    }

    [Fact]
    public async Task An_attempt_that_hangs_past_the_attempt_timeout_becomes_a_timeout_failure()
    {
        var time = new ObservedTimeProvider();
        var pipeline = new PipelineUnderTest(new HttpReliabilityOptions { AttemptTimeout = TimeSpan.FromSeconds(5), Retries = 0 }, time);
        pipeline.Network.ThenHang();

        var call = pipeline.PostAsync(RetryPolicy.Never);
        await pipeline.Network.NextRequestArrivedAsync();
        time.Advance(TimeSpan.FromSeconds(5));
        var error = await Assert.ThrowsAsync<ImageryApiException>(() => call);

        Assert.Equal(ImageryFailureKind.Timeout, error.Kind);
        Assert.True(error.MayHaveBeenProcessed);
        Assert.Contains("POST https://api.vendor.example/things gave no complete answer within 5 s", error.Message);
    }
}
