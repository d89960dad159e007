using ImageryContracts.Auth;
using Microsoft.Kiota.Abstractions.Authentication;

namespace ImageryContracts.Http;

/// <summary>
/// The Kiota <see cref="IAuthenticationProvider"/> the generated clients take: adds <c>Authorization: Bearer …</c>
/// from a <see cref="BearerTokenProvider"/> (cached, refreshed before expiry, one request for many callers) to
/// requests for the vendor's hosts. Pair it with <see cref="UnauthorizedRetryHandler"/> for tokens rejected early.
/// </summary>
public sealed class BearerTokenAuthenticationProvider : BaseBearerTokenAuthenticationProvider
{
    /// <summary>Creates the provider.</summary>
    /// <param name="tokens">Where the tokens come from.</param>
    /// <param name="allowedHosts">The hosts that may receive the token; none allows every host.</param>
    public BearerTokenAuthenticationProvider(BearerTokenProvider tokens, params string[] allowedHosts)
        : base(new BearerTokenAccessTokenProvider(tokens, allowedHosts))
    {
    }
}
