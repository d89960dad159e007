using ImageryContracts.DataCosmos;
using ImageryContracts.DataCosmos.Auth;
using ImageryContracts.DataCosmos.DependencyInjection;
using ImageryContracts.DataCosmos.Ordering;
using ImageryContracts.DependencyInjection;
using ImageryContracts.Journal;
using ImageryContracts.Downloads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers DataCosmos: options from configuration checked at start, HTTP clients from <see cref="IHttpClientFactory"/>,
/// the token provider, the generated client and the ordering facade. The facade uses the <see cref="IOrderJournal"/>
/// registered in the same services, if any (for example <c>.AddDataCosmos(…).AddSqliteOrderJournal("orders.db")</c>).
/// </summary>
public static class DataCosmosServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="IHttpClientFactory"/> client for data calls (bearer token, 401 refresh).</summary>
    public const string DataClientName = "ImageryContracts.DataCosmos";

    /// <summary>The name of the <see cref="IHttpClientFactory"/> client for the token exchange (no token).</summary>
    public const string TokenClientName = "ImageryContracts.DataCosmos.Token";

    /// <summary>Registers DataCosmos with options bound from a configuration section (for example <c>configuration.GetSection("DataCosmos")</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The section holding <c>ClientId</c>, <c>ClientSecret</c>, <c>OrganisationId</c>, <c>ContractId</c>, <c>BaseUrl</c>, <c>TokenUrl</c>, <c>Http</c>, <c>Creation</c>, <c>Polling</c>.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddDataCosmos(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var path = section is IConfigurationSection named ? named.Path : "DataCosmos";
        return services.AddDataCosmos(path, builder => builder.Bind(section));
    }

    /// <summary>Registers DataCosmos with options set in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddDataCosmos(this IServiceCollection services, Action<DataCosmosOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddDataCosmos("DataCosmos", builder => builder.Configure(configure));
    }

    private static IServiceCollection AddDataCosmos(this IServiceCollection services, string section, Action<OptionsBuilder<DataCosmosOptions>> bind)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<DataCosmosOptions>();
        bind(options);
        options.ValidateOnStart();
        services.AddSingleton<IValidateOptions<DataCosmosOptions>>(new DataCosmosOptionsValidator(section));
        VendorHttpRegistration.AddVendorHttpClients<DataCosmosClientCredentialsTokenProvider>(
            services, DataClientName, TokenClientName, provider => provider.GetRequiredService<IOptions<DataCosmosOptions>>().Value.Http);
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<DataCosmosOptions>>().Value;
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            return new DataCosmosClientCredentialsTokenProvider(
                () => new DataCosmosClient(VendorHttpRegistration.TokenAdapter(factory, TokenClientName, settings.BaseUrl)),
                settings.ClientId,
                settings.ClientSecret,
                settings.TokenUrl,
                provider.GetRequiredService<TimeProvider>());
        });
        services.TryAddTransient(provider => new DataCosmosClient(VendorHttpRegistration.DataAdapter(
            provider,
            DataClientName,
            provider.GetRequiredService<DataCosmosClientCredentialsTokenProvider>(),
            $"{section}:BaseUrl",
            provider.GetRequiredService<IOptions<DataCosmosOptions>>().Value.BaseUrl)));
        services.TryAddTransient(provider => new DataCosmosOrdering(
            provider.GetRequiredService<DataCosmosClient>(),
            provider.GetRequiredService<IOptions<DataCosmosOptions>>().Value,
            VendorHttpRegistration.LoggerFactoryOf(provider).CreateLogger<DataCosmosOrdering>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<IOrderJournal>(),
            new FileDownloader(
                provider.GetRequiredService<IHttpClientFactory>().CreateClient(DataClientName),
                provider.GetRequiredService<IOptions<DataCosmosOptions>>().Value.Downloads,
                provider.GetRequiredService<TimeProvider>())));
        return services;
    }
}
