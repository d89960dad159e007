using System.Net;

namespace ImageryContracts.Core.Tests.Http;

public sealed class UnauthorizedRetryHandlerTests
{
    private readonly PipelineUnderTest _pipeline = new();

    [Fact]
    public async Task A_token_rejected_before_its_expiry_is_refreshed_once_and_the_call_succeeds()
    {
        _pipeline.Network
            .Then(HttpStatusCode.Unauthorized)
            .Then(HttpStatusCode.OK, """{"name":"with fresh token"}""");

        var thing = await _pipeline.GetAsync();

        Assert.Equal("with fresh token", thing.Name);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], _pipeline.Network.Sent.Select(sent => sent.Authorization));
        Assert.Equal(2, _pipeline.Tokens.Requests);
    }

    [Fact]
    public async Task A_second_401_reaches_the_caller_instead_of_looping()
    {
        _pipeline.Network.Then(HttpStatusCode.Unauthorized, """{"message":"Invalid API key"}""");

        var error = await Assert.ThrowsAsync<ImageryContracts.Http.ImageryApiException>(() => _pipeline.GetAsync());

        Assert.Equal(401, error.StatusCode);
        Assert.Equal(2, _pipeline.Network.Sent.Count);
        Assert.Contains("check the API key", error.Message);
    }

    [Fact]
    public async Task Concurrent_calls_rejected_with_the_same_old_token_share_one_refresh()
    {
        await _pipeline.Tokens.GetTokenAsync();
        _pipeline.Network.Then((request, _) => Task.FromResult(new HttpResponseMessage(
            request.Headers.Authorization?.Parameter == "token-1" ? HttpStatusCode.Unauthorized : HttpStatusCode.OK)
        {
            Content = new StringContent("""{"name":"ok"}""", System.Text.Encoding.UTF8, "application/json"),
        }));

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _pipeline.GetAsync()));

        Assert.Equal(2, _pipeline.Tokens.Requests);
    }
}
