using System.Net;
using System.Net.Http.Headers;
using ImageryContracts.Auth;

namespace ImageryContracts.Http;

/// <summary>
/// Recovers from a token the vendor stopped accepting before its announced expiry (revoked, clock skew, a restarted
/// server): on HTTP 401 it drops the rejected token from the <see cref="BearerTokenProvider"/>, takes a fresh one and
/// sends the request once more. A 401 means the request was refused unprocessed, so resending is safe even for an
/// order creation. A second 401 is returned to the caller: the credentials themselves are wrong.
/// </summary>
public sealed class UnauthorizedRetryHandler : DelegatingHandler
{
    private const string BearerScheme = "Bearer";

    private readonly BearerTokenProvider _tokens;

    /// <summary>Creates the handler.</summary>
    /// <param name="tokens">The provider whose tokens the requests carry.</param>
    public UnauthorizedRetryHandler(BearerTokenProvider tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens = tokens;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized
            || request.Headers.Authorization is not { Scheme: var scheme, Parameter: { Length: > 0 } rejected }
            || !string.Equals(scheme, BearerScheme, StringComparison.OrdinalIgnoreCase))
        {
            return response;
        }

        _tokens.Invalidate(rejected);
        var fresh = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (string.Equals(fresh, rejected, StringComparison.Ordinal))
        {
            return response;
        }

        var retry = await HttpRequestCloning.CloneAsync(request, cancellationToken).ConfigureAwait(false);
        retry.Headers.Authorization = new AuthenticationHeaderValue(BearerScheme, fresh);
        response.Dispose();
        return await base.SendAsync(retry, cancellationToken).ConfigureAwait(false);
    }
}
