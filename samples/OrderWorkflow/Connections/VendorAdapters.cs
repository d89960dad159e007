using ImageryContracts.Auth;
using ImageryContracts.Http;
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
    /// <summary>An adapter without authentication; a <c>null</c> base URL is left for the generated client to fill from the spec.</summary>
    public static IRequestAdapter Anonymous(string settingName, string? baseUrl, ConnectionSettings settings) =>
        WithBaseUrl(
            new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: ImageryHttpPipeline.CreateHttpClient(settings.Http, settings.Logger)),
            settingName,
            baseUrl);

    /// <summary>An adapter that sends the provider's bearer token to <paramref name="tokenHost"/> only.</summary>
    public static IRequestAdapter Authenticated(string settingName, string? baseUrl, string tokenHost, BearerTokenProvider tokens, ConnectionSettings settings) =>
        WithBaseUrl(
            new HttpClientRequestAdapter(
                new BearerTokenAuthenticationProvider(tokens, tokenHost),
                httpClient: ImageryHttpPipeline.CreateHttpClient(settings.Http, settings.Logger, tokens)),
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
