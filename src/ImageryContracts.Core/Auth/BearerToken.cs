namespace ImageryContracts.Auth;

/// <summary>An access token as a token endpoint returns it. Its <see cref="ToString"/> never shows the token.</summary>
/// <param name="AccessToken">The bearer token to send in <c>Authorization: Bearer …</c>.</param>
/// <param name="ExpiresIn">How long the token is valid from when it was requested (OAuth's <c>expires_in</c>).</param>
public sealed record BearerToken(string AccessToken, TimeSpan ExpiresIn)
{
    /// <summary>Describes the token without its value, so it is safe in logs and exception messages.</summary>
    public override string ToString() => $"BearerToken {{ AccessToken = <redacted>, ExpiresIn = {ExpiresIn} }}";
}
