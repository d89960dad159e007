using ImageryContracts.Auth;
using ImageryContracts.Http;
using ImageryContracts.OneAtlas.Models;

namespace ImageryContracts.OneAtlas.Auth;

/// <summary>
/// OneAtlas access tokens from an API key: the generated token builder posts the form
/// (<c>apikey</c>, <c>grant_type=api_key</c>, <c>client_id=IDP</c>) to the token server; the base class caches the token,
/// refreshes it before <c>expires_in</c> runs out and makes one request however many callers wait.
/// </summary>
public sealed class OneAtlasApiKeyTokenProvider : BearerTokenProvider
{
    private readonly Func<OneAtlasClient> _tokenClient;
    private readonly string _apiKey;
    private readonly string _tokenUrl;
    private readonly VendorCallRunner _calls = OneAtlasErrors.CreateRunner();

    /// <summary>Creates the provider.</summary>
    /// <param name="tokenClient">Creates a client without authentication for each exchange (the exchange itself carries no token).</param>
    /// <param name="apiKey">The OneAtlas API key.</param>
    /// <param name="tokenUrl">The token endpoint; <c>null</c> for <see cref="OneAtlasOptions.DefaultTokenUrl"/>.</param>
    /// <param name="timeProvider">The clock expiry is measured on; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException">The API key is empty or the token URL is not HTTPS (or loopback HTTP).</exception>
    public OneAtlasApiKeyTokenProvider(Func<OneAtlasClient> tokenClient, string apiKey, string? tokenUrl = null, TimeProvider? timeProvider = null)
        : base(timeProvider)
    {
        ArgumentNullException.ThrowIfNull(tokenClient);
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new ArgumentException("The OneAtlas API key is empty; pass the key from your OneAtlas account (OneAtlas:ApiKey).", nameof(apiKey));
        }

        _tokenClient = tokenClient;
        _apiKey = apiKey;
        _tokenUrl = SecureBaseUrl.Parse("OneAtlas:TokenUrl", tokenUrl ?? OneAtlasOptions.DefaultTokenUrl).ToString();
    }

    /// <inheritdoc />
    protected override async Task<BearerToken> AcquireTokenAsync(CancellationToken cancellationToken)
    {
        var endpoint = _tokenClient().Auth.Realms.Idp.Protocol.OpenidConnect.Token.WithUrl(_tokenUrl);
        var form = new TokenRequest { Apikey = _apiKey, GrantType = TokenRequestGrantType.ApiKey, ClientId = TokenRequestClientId.Idp };
        var token = await _calls.RunAsync("getAccessToken", RetryPolicy.SafeToRetry,
            request => endpoint.PostAsync(form, request.Configure, cancellationToken), cancellationToken).ConfigureAwait(false);
        return new BearerToken(token.AccessToken ?? string.Empty, TimeSpan.FromSeconds(token.ExpiresIn ?? 0));
    }
}
