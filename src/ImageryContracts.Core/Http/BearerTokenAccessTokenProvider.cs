using ImageryContracts.Auth;
using Microsoft.Kiota.Abstractions.Authentication;

namespace ImageryContracts.Http;

/// <summary>
/// Kiota's <see cref="IAccessTokenProvider"/> over a <see cref="BearerTokenProvider"/>: hands out the cached token for
/// the vendor's hosts only, and refuses to send it over plain HTTP to anything but the loopback interface.
/// </summary>
public sealed class BearerTokenAccessTokenProvider : IAccessTokenProvider
{
    private readonly BearerTokenProvider _tokens;

    /// <summary>Creates the provider.</summary>
    /// <param name="tokens">Where the tokens come from.</param>
    /// <param name="allowedHosts">The hosts that may receive the token (the vendor's API host); empty allows every host.</param>
    public BearerTokenAccessTokenProvider(BearerTokenProvider tokens, IEnumerable<string> allowedHosts)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(allowedHosts);
        _tokens = tokens;
        AllowedHostsValidator = new AllowedHostsValidator(allowedHosts);
    }

    /// <inheritdoc />
    public AllowedHostsValidator AllowedHostsValidator { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The URL is plain HTTP to a host that is not loopback.</exception>
    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return string.Empty;
        }

        if (SecureBaseUrl.Problem("The request URL", uri.ToString()) is { } problem)
        {
            throw new ArgumentException(problem, nameof(uri));
        }

        return await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
    }
}
