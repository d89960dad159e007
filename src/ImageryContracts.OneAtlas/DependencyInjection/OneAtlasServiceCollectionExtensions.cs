using ImageryContracts.Http;
using ImageryContracts.OneAtlas.Auth;
using ImageryContracts.OneAtlas.Ordering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace ImageryContracts.OneAtlas.DependencyInjection;

/// <summary>Registers OneAtlas: options from configuration checked at start, HTTP clients from <see cref="IHttpClientFactory"/>, the token provider, the generated client and the ordering facade.</summary>
public static class OneAtlasServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="IHttpClientFactory"/> client for data calls (bearer token, 401 refresh).</summary>
    public const string DataClientName = "ImageryContracts.OneAtlas";

    /// <summary>The name of the <see cref="IHttpClientFactory"/> client for the token exchange (no token).</summary>
    public const string TokenClientName = "ImageryContracts.OneAtlas.Token";

    /// <summary>Registers OneAtlas with options bound from a configuration section (for example <c>configuration.GetSection("OneAtlas")</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The section holding <c>ApiKey</c>, <c>BaseUrl</c>, <c>TokenUrl</c>, <c>Http</c>, <c>Creation</c>, <c>Polling</c>.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddOneAtlas(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var path = section is IConfigurationSection named ? named.Path : "OneAtlas";
        return services.AddOneAtlas(path, builder => builder.Bind(section));
    }

    /// <summary>Registers OneAtlas with options set in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddOneAtlas(this IServiceCollection services, Action<OneAtlasOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddOneAtlas("OneAtlas", builder => builder.Configure(configure));
    }

    private static IServiceCollection AddOneAtlas(this IServiceCollection services, string section, Action<OptionsBuilder<OneAtlasOptions>> bind)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<OneAtlasOptions>();
        bind(options);
        options.ValidateOnStart();
        services.AddSingleton<IValidateOptions<OneAtlasOptions>>(new OneAtlasOptionsValidator(section));
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(TokenClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) => AddPipeline(handlers, provider, tokens: null));
        services.AddHttpClient(DataClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) => AddPipeline(handlers, provider, provider.GetRequiredService<OneAtlasApiKeyTokenProvider>()));

        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<OneAtlasOptions>>().Value;
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            return new OneAtlasApiKeyTokenProvider(
                () => new OneAtlasClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: factory.CreateClient(TokenClientName)) { BaseUrl = settings.BaseUrl }),
                settings.ApiKey,
                settings.TokenUrl,
                provider.GetRequiredService<TimeProvider>());
        });
        services.TryAddTransient(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<OneAtlasOptions>>().Value;
            var baseUrl = SecureBaseUrl.Parse($"{section}:BaseUrl", settings.BaseUrl);
            var authentication = new BearerTokenAuthenticationProvider(provider.GetRequiredService<OneAtlasApiKeyTokenProvider>(), baseUrl.Host);
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(DataClientName);
            return new OneAtlasClient(new HttpClientRequestAdapter(authentication, httpClient: http) { BaseUrl = baseUrl.ToString().TrimEnd('/') });
        });
        services.TryAddTransient(provider => new OneAtlasOrdering(
            provider.GetRequiredService<OneAtlasClient>(),
            provider.GetRequiredService<IOptions<OneAtlasOptions>>().Value,
            LoggerFactoryOf(provider).CreateLogger<OneAtlasOrdering>(),
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static void AddPipeline(IList<DelegatingHandler> handlers, IServiceProvider provider, OneAtlasApiKeyTokenProvider? tokens)
    {
        var settings = provider.GetRequiredService<IOptions<OneAtlasOptions>>().Value;
        var logger = LoggerFactoryOf(provider).CreateLogger(tokens is null ? TokenClientName : DataClientName);
        foreach (var handler in ImageryHttpPipeline.CreateHandlers(settings.Http, logger, tokens, provider.GetRequiredService<TimeProvider>()))
        {
            handlers.Add(handler);
        }
    }

    private static ILoggerFactory LoggerFactoryOf(IServiceProvider provider) =>
        provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
}
