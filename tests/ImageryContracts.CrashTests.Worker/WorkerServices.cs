using ImageryContracts.DataCosmos.Ordering;
using ImageryContracts.Http;
using ImageryContracts.Journal;
using ImageryContracts.Journal.PostgreSql;
using ImageryContracts.Journal.Sqlite;
using ImageryContracts.OneAtlas.Ordering;
using ImageryContracts.Ordering;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.OneAtlas;
using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.CrashTests.Worker;

/// <summary>The facades wired as an application would, with the hook points added around them.</summary>
internal static class WorkerServices
{
    // Short enough that a killed worker's claim lapses within seconds; the lease still outlasts one attempt plus the
    // settle delay plus the lookup grace, as the options validator demands.
    private static readonly HttpReliabilityOptions Http = new() { AttemptTimeout = TimeSpan.FromSeconds(5), RetryDelay = TimeSpan.FromMilliseconds(50) };

    private static readonly OrderCreationOptions Creation = new()
    {
        SettleDelay = TimeSpan.FromMilliseconds(50),
        LookupRetryDelay = TimeSpan.FromMilliseconds(100),
        LookupGrace = TimeSpan.FromMilliseconds(500),
        RateLimitDelay = TimeSpan.FromMilliseconds(100),
        JournalLease = TimeSpan.FromSeconds(6),
    };

    public static ServiceProvider Build(WorkerSettings settings, CrashHooks hooks)
    {
        var services = new ServiceCollection()
            .AddOneAtlas(options =>
            {
                options.ApiKey = OneAtlasAccount.DefaultApiKey;
                options.BaseUrl = settings.OneAtlasUrl;
                options.TokenUrl = settings.OneAtlasUrl + OneAtlasSimulator.TokenPath;
                options.Http = Http;
                options.Creation = Creation;
            })
            .AddDataCosmos(options =>
            {
                options.ClientId = DataCosmosClientCredentials.Default.ClientId;
                options.ClientSecret = DataCosmosClientCredentials.Default.ClientSecret;
                options.OrganisationId = DataCosmosClientCredentials.Default.OrganisationId;
                options.ContractId = 42;
                options.BaseUrl = settings.DataCosmosUrl;
                options.TokenUrl = settings.DataCosmosUrl + DataCosmosSimulator.TokenPath;
                options.Http = Http;
                options.Creation = Creation;
            });
        services.AddHttpClient(OneAtlasServiceCollectionExtensions.DataClientName).AddHttpMessageHandler(() => new CrashHookHandler(hooks));
        services.AddHttpClient(DataCosmosServiceCollectionExtensions.DataClientName).AddHttpMessageHandler(() => new CrashHookHandler(hooks));
        if (Journal(settings.Journal) is { } journal)
        {
            services.AddSingleton<IOrderJournal>(new CrashHookJournal(journal, hooks));
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public static OneAtlasOrdering OneAtlas(this IServiceProvider services) => services.GetRequiredService<OneAtlasOrdering>();

    public static DataCosmosOrdering DataCosmos(this IServiceProvider services) => services.GetRequiredService<DataCosmosOrdering>();

    private static IOrderJournal? Journal(string setting) => setting.Split(':', 2) switch
    {
        ["none"] => null,
        ["sqlite", var path] => new SqliteOrderJournal(new SqliteOrderJournalOptions { Path = path }),
        ["postgres", var connection] => new PostgreSqlOrderJournal(connection),
        _ => throw new ArgumentException($"--journal '{setting}' is not sqlite:PATH, postgres:CONNECTION STRING or none."),
    };
}
