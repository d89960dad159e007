using ImageryContracts.Auth;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Http;

namespace ImageryContracts.DataCosmos.Auth;

/// <summary>
/// DataCosmos access tokens from client credentials (OAuth 2.0 client-credentials grant against Open Cosmos' Auth0, the
/// fixed audience <c>https://beeapp.open-cosmos.com</c>) through the generated token builder; the base class caches the
/// token, refreshes it before it expires and makes one request however many callers wait.
/// </summary>
public sealed class DataCosmosClientCredentialsTokenProvider : BearerTokenProvider
{
    // The vendor SDK assumes an hour when expires_in is missing; so does this provider.
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    private readonly Func<DataCosmosClient> _tokenClient;
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly string _tokenUrl;
    private readonly VendorCallRunner _calls = DataCosmosErrors.CreateRunner();

    /// <summary>Creates the provider.</summary>
    /// <param name="tokenClient">Creates a client without authentication for each exchange.</param>
    /// <param name="clientId">The client id issued by Open Cosmos.</param>
    /// <param name="clientSecret">The client secret issued by Open Cosmos.</param>
    /// <param name="tokenUrl">The token endpoint; <c>null</c> for <see cref="DataCosmosOptions.DefaultTokenUrl"/>.</param>
    /// <param name="timeProvider">The clock expiry is measured on; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException">A credential is empty or the token URL is not HTTPS (or loopback HTTP).</exception>
    public DataCosmosClientCredentialsTokenProvider(
        Func<DataCosmosClient> tokenClient, string clientId, string clientSecret, string? tokenUrl = null, TimeProvider? timeProvider = null)
        : base(timeProvider)
    {
        ArgumentNullException.ThrowIfNull(tokenClient);
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(clientSecret))
        {
            throw new ArgumentException("The DataCosmos client id or secret is empty; pass the credentials Open Cosmos issued (DataCosmos:ClientId, DataCosmos:ClientSecret).", string.IsNullOrWhiteSpace(clientId) ? nameof(clientId) : nameof(clientSecret));
        }

        _tokenClient = tokenClient;
        _clientId = clientId;
        _clientSecret = clientSecret;
        _tokenUrl = SecureBaseUrl.Parse("DataCosmos:TokenUrl", tokenUrl ?? DataCosmosOptions.DefaultTokenUrl).ToString();
    }

    /// <inheritdoc />
    protected override async Task<BearerToken> AcquireTokenAsync(CancellationToken cancellationToken)
    {
        var endpoint = _tokenClient().Oauth.Token.WithUrl(_tokenUrl);
        var grant = new TokenRequest
        {
            ClientId = _clientId,
            ClientSecret = _clientSecret,
            Audience = TokenRequestAudience.DataCosmos,
            GrantType = TokenRequestGrantType.ClientCredentials,
        };
        var token = await _calls.RunAsync("getAccessToken", RetryPolicy.SafeToRetry,
            request => endpoint.PostAsync(grant, request.Configure, cancellationToken), cancellationToken).ConfigureAwait(false);
        return new BearerToken(token.AccessToken ?? string.Empty, token.ExpiresIn is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultLifetime);
    }
}
