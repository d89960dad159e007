using ImageryContracts.Auth;
using ImageryContracts.DataCosmos;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Http;

namespace OrderWorkflow.Vendors.DataCosmos;

/// <summary>DataCosmos tokens from machine client credentials, through the generated token builder; cached and refreshed by the base class.</summary>
/// <param name="tokenClient">A client without authentication (the token exchange must not carry a token).</param>
/// <param name="calls">Turns failures into <see cref="ImageryApiException"/>.</param>
/// <param name="clientId">The client id.</param>
/// <param name="clientSecret">The client secret.</param>
/// <param name="tokenUrl">The token endpoint; <c>null</c> for the spec's token server.</param>
internal sealed class DataCosmosClientCredentialsTokens(DataCosmosClient tokenClient, VendorCallRunner calls, string clientId, string clientSecret, string? tokenUrl)
    : BearerTokenProvider
{
    protected override async Task<BearerToken> AcquireTokenAsync(CancellationToken cancellationToken)
    {
        var endpoint = tokenClient.Oauth.Token;
        if (tokenUrl is not null)
        {
            endpoint = endpoint.WithUrl(tokenUrl);
        }

        var body = new TokenRequest
        {
            ClientId = clientId,
            ClientSecret = clientSecret,
            Audience = TokenRequestAudience.DataCosmos,
            GrantType = TokenRequestGrantType.ClientCredentials,
        };
        var token = await calls.RunAsync("getAccessToken", RetryPolicy.SafeToRetry, call => endpoint.PostAsync(body, call.Configure, cancellationToken), cancellationToken);
        return new BearerToken(token.AccessToken ?? string.Empty, TimeSpan.FromSeconds(token.ExpiresIn ?? 0));
    }
}
