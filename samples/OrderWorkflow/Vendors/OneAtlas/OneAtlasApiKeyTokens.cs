using ImageryContracts.Auth;
using ImageryContracts.Http;
using ImageryContracts.OneAtlas;
using ImageryContracts.OneAtlas.Models;

namespace OrderWorkflow.Vendors.OneAtlas;

/// <summary>OneAtlas tokens from an API key, through the generated token builder; cached and refreshed by the base class.</summary>
/// <param name="tokenClient">A client without authentication (the token exchange must not carry a token).</param>
/// <param name="calls">Turns failures into <see cref="ImageryApiException"/>.</param>
/// <param name="apiKey">The API key.</param>
/// <param name="tokenUrl">The token endpoint; <c>null</c> for the spec's token server.</param>
internal sealed class OneAtlasApiKeyTokens(OneAtlasClient tokenClient, VendorCallRunner calls, string apiKey, string? tokenUrl) : BearerTokenProvider
{
    protected override async Task<BearerToken> AcquireTokenAsync(CancellationToken cancellationToken)
    {
        var endpoint = tokenClient.Auth.Realms.Idp.Protocol.OpenidConnect.Token;
        if (tokenUrl is not null)
        {
            endpoint = endpoint.WithUrl(tokenUrl);
        }

        var body = new TokenRequest { Apikey = apiKey, GrantType = TokenRequestGrantType.ApiKey, ClientId = TokenRequestClientId.Idp };
        var token = await calls.RunAsync("getAccessToken", RetryPolicy.SafeToRetry, call => endpoint.PostAsync(body, call.Configure, cancellationToken), cancellationToken);
        return new BearerToken(token.AccessToken ?? string.Empty, TimeSpan.FromSeconds(token.ExpiresIn ?? 0));
    }
}
