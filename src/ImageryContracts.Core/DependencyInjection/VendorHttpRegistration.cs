using ImageryContracts.Auth;
using ImageryContracts.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace ImageryContracts.DependencyInjection;

/// <summary>
/// The two <see cref="IHttpClientFactory"/> clients every vendor needs, each with the whole
/// <see cref="ImageryHttpPipeline"/>: one for the token exchange (no token, no 401 refresh) and one for data calls
/// (bearer token from the vendor's <see cref="BearerTokenProvider"/>, 401 refresh). Each has the standard resilience
/// handler (<c>AddStandardResilienceHandler()</c>) set from the vendor's <see cref="HttpReliabilityOptions"/>, then
/// the kit's resend rule (<see cref="ImageryResilience"/>); the pipeline bounds every call, so
/// <see cref="HttpClient.Timeout"/> is infinite. A team reaches each client the standard way,
/// <c>services.AddHttpClient(name)</c>, and its resilience options as <see cref="ImageryResilience.PipelineName"/>.
/// </summary>
public static class VendorHttpRegistration
{
    /// <summary>
    /// Registers the token and data clients of one vendor. A plain static method, not an extension: it is a building
    /// block of a vendor's own <c>Add…</c> registration, which is what a team should find where it types <c>services.</c>.
    /// </summary>
    /// <typeparam name="TTokens">The vendor's token provider, registered as a singleton by the caller.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="dataClientName">The name of the data client.</param>
    /// <param name="tokenClientName">The name of the token client.</param>
    /// <param name="reliability">Reads the vendor's timeouts and retries from its options.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddVendorHttpClients<TTokens>(
        IServiceCollection services, string dataClientName, string tokenClientName, Func<IServiceProvider, HttpReliabilityOptions> reliability)
        where TTokens : BearerTokenProvider
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(reliability);
        services.TryAddSingleton(TimeProvider.System);
        AddClient(services, tokenClientName, reliability, tokens: null);
        AddClient(services, dataClientName, reliability, provider => provider.GetRequiredService<TTokens>());
        return services;
    }

    /// <summary>
    /// A Kiota adapter for data calls: the named data client, bearer tokens sent only to the base URL's host, and the
    /// base URL checked (HTTPS unless loopback).
    /// </summary>
    /// <param name="provider">The services.</param>
    /// <param name="dataClientName">The name of the data client.</param>
    /// <param name="tokens">The vendor's token provider.</param>
    /// <param name="settingName">The base URL's setting, named when it is rejected.</param>
    /// <param name="baseUrl">The configured base URL.</param>
    /// <returns>The adapter for the generated client's constructor.</returns>
    /// <exception cref="ArgumentException">The base URL is missing or plain HTTP to a remote host.</exception>
    public static HttpClientRequestAdapter DataAdapter(IServiceProvider provider, string dataClientName, BearerTokenProvider tokens, string settingName, string baseUrl) =>
        DataAdapter(provider, dataClientName, tokens, settingName, baseUrl, []);

    /// <summary>
    /// A Kiota adapter for data calls to several hosts of one vendor (OneAtlas serves search and downloads on hosts of
    /// their own): the bearer token is sent to the base URL's host and to each other host given, and nowhere else.
    /// </summary>
    /// <param name="provider">The services.</param>
    /// <param name="dataClientName">The name of the data client.</param>
    /// <param name="tokens">The vendor's token provider.</param>
    /// <param name="settingName">The base URL's setting, named when it is rejected.</param>
    /// <param name="baseUrl">The configured base URL.</param>
    /// <param name="otherHosts">The other hosts' settings and URLs, each checked like the base URL.</param>
    /// <returns>The adapter for the generated client's constructor.</returns>
    /// <exception cref="ArgumentException">A URL is missing or plain HTTP to a remote host.</exception>
    public static HttpClientRequestAdapter DataAdapter(
        IServiceProvider provider, string dataClientName, BearerTokenProvider tokens, string settingName, string baseUrl, IReadOnlyList<(string SettingName, string Url)> otherHosts)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(otherHosts);
        var url = SecureBaseUrl.Parse(settingName, baseUrl);
        var hosts = otherHosts.Select(other => SecureBaseUrl.Parse(other.SettingName, other.Url).Host).Prepend(url.Host).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(dataClientName);
        return new HttpClientRequestAdapter(new BearerTokenAuthenticationProvider(tokens, hosts), httpClient: http)
        {
            BaseUrl = url.ToString().TrimEnd('/'),
        };
    }

    /// <summary>A Kiota adapter for the token exchange: the named token client and no authentication.</summary>
    /// <param name="factory">The HTTP client factory.</param>
    /// <param name="tokenClientName">The name of the token client.</param>
    /// <param name="baseUrl">The data API's base URL (the generated token builder carries its own absolute URL).</param>
    /// <returns>The adapter for the generated client's constructor.</returns>
    public static HttpClientRequestAdapter TokenAdapter(IHttpClientFactory factory, string tokenClientName, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: factory.CreateClient(tokenClientName)) { BaseUrl = baseUrl };
    }

    /// <summary>The registered <see cref="ILoggerFactory"/>, or one that discards everything when logging is not set up.</summary>
    /// <param name="provider">The services.</param>
    /// <returns>The logger factory.</returns>
    public static ILoggerFactory LoggerFactoryOf(IServiceProvider provider) =>
        provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;

    private static void AddClient(
        IServiceCollection services, string name, Func<IServiceProvider, HttpReliabilityOptions> reliability, Func<IServiceProvider, BearerTokenProvider>? tokens)
    {
        var client = services.AddHttpClient(name).ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);

        // Registered first, so it is the outermost handler: its timeouts bound the whole call, token refresh included.
        var resilience = client.AddStandardResilienceHandler();
        resilience.Configure((options, provider) =>
        {
            try
            {
                ImageryResilience.Apply(reliability(provider), options);
            }
            catch (OptionsValidationException)
            {
                // The vendor's settings are invalid: its own validation fails the start with one message per setting,
                // and the standard defaults stay here rather than a second report of the same failure.
            }
        });
        services.PostConfigure<HttpStandardResilienceOptions>(resilience.PipelineName, options => ImageryResilience.KeepResendRule(options.Retry));

        client.ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
        {
            var logger = LoggerFactoryOf(provider).CreateLogger(name);
            foreach (var handler in ImageryHttpPipeline.CreateHandlers(logger, tokens?.Invoke(provider), provider.GetRequiredService<TimeProvider>()))
            {
                handlers.Add(handler);
            }
        });
    }
}
