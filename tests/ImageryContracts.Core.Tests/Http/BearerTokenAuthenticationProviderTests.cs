using ImageryContracts.Core.Tests.Auth;
using ImageryContracts.Http;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Kiota.Abstractions;

namespace ImageryContracts.Core.Tests.Http;

public sealed class BearerTokenAuthenticationProviderTests
{
    private readonly CountingTokenProvider _tokens = new(new FakeTimeProvider(), TimeSpan.FromHours(1));

    [Fact]
    public async Task Adds_the_bearer_token_for_the_vendor_host()
    {
        var request = await AuthenticateAsync("https://data.api.vendor.example/api/v1/orders");

        Assert.Equal(["Bearer token-1"], request.Headers["Authorization"]);
    }

    [Fact]
    public async Task Sends_no_token_to_another_host()
    {
        var request = await AuthenticateAsync("https://elsewhere.example/steal");

        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.Equal(0, _tokens.Requests);
    }

    [Fact]
    public async Task Refuses_to_send_a_token_over_plain_http_to_a_remote_host()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => AuthenticateAsync("http://data.api.vendor.example/api/v1/orders"));

        Assert.Contains("plain HTTP to a remote host", error.Message);
        Assert.Contains("use https://data.api.vendor.example/api/v1/orders", error.Message);
    }

    [Fact]
    public async Task Sends_a_token_over_plain_http_to_a_loopback_simulator()
    {
        var provider = new BearerTokenAuthenticationProvider(_tokens, "127.0.0.1");
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri("http://127.0.0.1:5080/api/v1/orders") };

        await provider.AuthenticateRequestAsync(request);

        Assert.Equal(["Bearer token-1"], request.Headers["Authorization"]);
    }

    private async Task<RequestInformation> AuthenticateAsync(string url)
    {
        var provider = new BearerTokenAuthenticationProvider(_tokens, "data.api.vendor.example");
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(url) };
        await provider.AuthenticateRequestAsync(request);
        return request;
    }
}
