using ImageryContracts.Auth;
using ImageryContracts.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace OrderWorkflow.Connections;

/// <summary>
/// Kiota request adapters on the kit's HTTP pipeline (401 refresh, Kiota's retry handler, transport retries for safe
/// calls, attempt timeouts, redacted logging), one without authentication for the token exchange and one with bearer tokens.
/// </summary>
internal static class VendorAdapters
{
    /// <summary>
    /// Creates a vendor's generated client whose requests carry bearer tokens, from a token provider that uses a second
    /// client without authentication for the token exchange.
    /// </summary>
    /// <param name="settingName">The base URL's setting, named in errors.</param>
    /// <param name="baseUrl">The data API's base URL; <c>null</c> for the spec's server.</param>
    /// <param name="settings">Timeouts, retries and logging.</param>
    /// <param name="create">Creates the generated client on an adapter.</param>
    /// <param name="tokensFrom">Creates the token provider from the client without authentication.</param>
    public static TClient Connect<TClient>(string settingName, string? baseUrl, ConnectionSettings settings, Func<IRequestAdapter, TClient> create, Func<TClient, BearerTokenProvider> tokensFrom)
    {
        var anonymousAdapter = Anonymous(settingName, baseUrl, settings);
        var tokens = tokensFrom(create(anonymousAdapter));

        // The generated client fills in the spec's server when no base URL is given; only that host gets the token.
        var dataHost = new Uri(anonymousAdapter.BaseUrl!).Host;
        return create(Authenticated(settingName, baseUrl, dataHost, tokens, settings));
    }

    private static IRequestAdapter Anonymous(string settingName, string? baseUrl, ConnectionSettings settings) =>
        WithBaseUrl(
            new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: ImageryHttpPipeline.CreateHttpClient(settings.Http, settings.LoggerFactory.CreateLogger(settingName))),
            settingName,
            baseUrl);

    private static IRequestAdapter Authenticated(string settingName, string? baseUrl, string tokenHost, BearerTokenProvider tokens, ConnectionSettings settings) =>
        WithBaseUrl(
            new HttpClientRequestAdapter(
                new BearerTokenAuthenticationProvider(tokens, tokenHost),
                httpClient: ImageryHttpPipeline.CreateHttpClient(settings.Http, settings.LoggerFactory.CreateLogger(settingName), tokens)),
            settingName,
            baseUrl);

    private static IRequestAdapter WithBaseUrl(HttpClientRequestAdapter adapter, string settingName, string? baseUrl)
    {
        if (baseUrl is not null)
        {
            adapter.BaseUrl = SecureBaseUrl.Parse(settingName, baseUrl).ToString().TrimEnd('/');
        }

        return adapter;
    }
}
