using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ImageryContracts.Testing.Auth;

/// <summary>
/// Issues JWT-shaped bearer tokens (header.payload.signature, base64url, with <c>sub</c>, <c>iat</c> and <c>exp</c>)
/// and accepts them until they expire on the simulator's clock. Tokens are checked against what was issued, not by
/// signature: a token from another simulator instance is unknown here.
/// </summary>
internal sealed class TokenIssuer(TimeProvider time, TimeSpan lifetime)
{
    private static readonly string Header = Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");

    private readonly ConcurrentDictionary<string, (string Subject, DateTimeOffset ExpiresAt)> _issued = new(StringComparer.Ordinal);
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    /// <summary>How long a token lives.</summary>
    public TimeSpan Lifetime { get; } = lifetime;

    /// <summary>Issues a token for <paramref name="subject"/> (an API key's account, a client's organisation).</summary>
    public string Issue(string subject, string issuer)
    {
        var now = time.GetUtcNow();
        var expiresAt = now + Lifetime;
        var payload = Base64Url(
            $"{{\"iss\":\"{issuer}\",\"sub\":\"{subject}\",\"iat\":{now.ToUnixTimeSeconds()},\"exp\":{expiresAt.ToUnixTimeSeconds()},\"jti\":\"{Guid.NewGuid()}\"}}");
        var signature = WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes($"{Header}.{payload}")));
        var token = $"{Header}.{payload}.{signature}";
        _issued[token] = (subject, expiresAt);
        return token;
    }

    /// <summary>
    /// The subject of the bearer token in an <c>Authorization</c> header, or null with the reason: missing, not a
    /// bearer token, unknown, or expired.
    /// </summary>
    public (string? Subject, string Problem) Authenticate(string? authorization)
    {
        const string scheme = "Bearer ";
        if (string.IsNullOrEmpty(authorization))
        {
            return (null, "The Authorization header is missing; send 'Authorization: Bearer <access_token>' from the token exchange.");
        }

        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return (null, "The Authorization header is not a bearer token; send 'Authorization: Bearer <access_token>'.");
        }

        if (!_issued.TryGetValue(authorization[scheme.Length..].Trim(), out var token))
        {
            return (null, "The access token is unknown to this server; request a new one from the token exchange.");
        }

        return token.ExpiresAt <= time.GetUtcNow()
            ? (null, $"The access token expired at {token.ExpiresAt:O}; request a new one from the token exchange.")
            : (token.Subject, "");
    }

    private static string Base64Url(string json) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(json));
}
