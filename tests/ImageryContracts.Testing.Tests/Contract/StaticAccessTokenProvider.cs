using Microsoft.Kiota.Abstractions.Authentication;

namespace ImageryContracts.Testing.Tests.Contract;

/// <summary>Hands Kiota's bearer provider the token a test obtained from a simulator's token exchange.</summary>
internal sealed class StaticAccessTokenProvider(string token, string host) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(token);
}
