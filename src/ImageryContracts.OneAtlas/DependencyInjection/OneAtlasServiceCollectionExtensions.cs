using ImageryContracts.DependencyInjection;
using ImageryContracts.Downloads;
using ImageryContracts.Journal;
using ImageryContracts.OneAtlas;
using ImageryContracts.OneAtlas.Auth;
using ImageryContracts.OneAtlas.DependencyInjection;
using ImageryContracts.OneAtlas.Ordering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers OneAtlas: options from configuration checked at start, HTTP clients from <see cref="IHttpClientFactory"/>,
/// the token provider, the generated client and the ordering facade. The facade uses the <see cref="IOrderJournal"/>
/// registered in the same services, if any (for example <c>.AddOneAtlas(…).AddSqliteOrderJournal("orders.db")</c>).
/// </summary>
public static class OneAtlasServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="IHttpClientFactory"/> client for data calls (bearer token, 401 refresh).</summary>
    public const string DataClientName = "ImageryContracts.OneAtlas";

    /// <summary>The name of the <see cref="IHttpClientFactory"/> client for the token exchange (no token).</summary>
    public const string TokenClientName = "ImageryContracts.OneAtlas.Token";

    /// <summary>Registers OneAtlas with options bound from a configuration section (for example <c>configuration.GetSection("OneAtlas")</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The section holding <c>ApiKey</c>, <c>BaseUrl</c>, <c>TokenUrl</c>, <c>SearchUrl</c>, <c>AccessUrl</c>, <c>Http</c>, <c>Creation</c>, <c>Polling</c>, <c>Download</c>.</param>
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
        VendorHttpRegistration.AddVendorHttpClients<OneAtlasApiKeyTokenProvider>(
            services, DataClientName, TokenClientName, provider => provider.GetRequiredService<IOptions<OneAtlasOptions>>().Value.Http);
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<OneAtlasOptions>>().Value;
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            return new OneAtlasApiKeyTokenProvider(
                () => new OneAtlasClient(VendorHttpRegistration.TokenAdapter(factory, TokenClientName, settings.BaseUrl)),
                settings.ApiKey,
                settings.TokenUrl,
                provider.GetRequiredService<TimeProvider>());
        });
        services.TryAddTransient(provider =>
        {
            // Search and downloads live on hosts of their own; the token goes there too, and nowhere else.
            var settings = provider.GetRequiredService<IOptions<OneAtlasOptions>>().Value;
            return new OneAtlasClient(VendorHttpRegistration.DataAdapter(
                provider,
                DataClientName,
                provider.GetRequiredService<OneAtlasApiKeyTokenProvider>(),
                $"{section}:BaseUrl",
                settings.BaseUrl,
                [($"{section}:SearchUrl", settings.SearchUrl), ($"{section}:AccessUrl", settings.AccessUrl)]));
        });
        services.TryAddTransient(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<OneAtlasOptions>>().Value;
            var time = provider.GetRequiredService<TimeProvider>();
            return new OneAtlasOrdering(
                provider.GetRequiredService<OneAtlasClient>(),
                settings,
                VendorHttpRegistration.LoggerFactoryOf(provider).CreateLogger<OneAtlasOrdering>(),
                time,
                provider.GetService<IOrderJournal>(),
                new FileDownloader(provider.GetRequiredService<IHttpClientFactory>().CreateClient(DataClientName), settings.Download, time));
        });
        return services;
    }
}
