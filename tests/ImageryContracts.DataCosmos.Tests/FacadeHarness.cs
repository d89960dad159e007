using ImageryContracts.DataCosmos.DependencyInjection;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.DataCosmos.Ordering;
using ImageryContracts.FacadeTestKit;
using ImageryContracts.Testing.DataCosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>
/// A DataCosmos simulator and a service provider wired the way an application wires it: <c>AddDataCosmos</c> bound
/// from a configuration section that points at the simulator, with short waits so a test runs in milliseconds.
/// </summary>
internal sealed class FacadeHarness : IAsyncDisposable
{
    private FacadeHarness(DataCosmosSimulator simulator, ServiceProvider services, RecordingLoggerProvider logs)
    {
        Simulator = simulator;
        Services = services;
        Logs = logs;
    }

    public DataCosmosSimulator Simulator { get; }

    public ServiceProvider Services { get; }

    public RecordingLoggerProvider Logs { get; }

    public DataCosmosOrdering Ordering => Services.GetRequiredService<DataCosmosOrdering>();

    public int TokenRequests => Simulator.Requests.To("POST " + DataCosmosSimulator.TokenPath).Count;

    /// <summary>Starts the simulator and the services.</summary>
    /// <param name="simulator">The simulator's options; <c>null</c> for the defaults.</param>
    /// <param name="clientTime">The clock the services run on; <c>null</c> for the system clock.</param>
    /// <param name="settings">Overrides of the <c>DataCosmos:*</c> configuration keys.</param>
    public static async Task<FacadeHarness> StartAsync(
        DataCosmosSimulatorOptions? simulator = null, TimeProvider? clientTime = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var sim = await DataCosmosSimulator.StartAsync(simulator);
        var configuration = new Dictionary<string, string?>
        {
            ["DataCosmos:ClientId"] = sim.ClientId,
            ["DataCosmos:ClientSecret"] = sim.ClientSecret,
            ["DataCosmos:OrganisationId"] = sim.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DataCosmos:BaseUrl"] = sim.BaseUrl,
            ["DataCosmos:TokenUrl"] = sim.TokenUrl,
            ["DataCosmos:Http:AttemptTimeout"] = "00:00:05",
            ["DataCosmos:Http:StatusRetryDelaySeconds"] = "0",
            ["DataCosmos:Http:TransportRetryDelay"] = "00:00:00.010",
            ["DataCosmos:Creation:SettleDelay"] = "00:00:00",
            ["DataCosmos:Creation:LookupRetryDelay"] = "00:00:00.010",
            ["DataCosmos:Creation:RateLimitDelay"] = "00:00:00.010",
            ["DataCosmos:Polling:InitialDelay"] = "00:00:00.005",
            ["DataCosmos:Polling:MaxDelay"] = "00:00:00.020",
            ["DataCosmos:Polling:Deadline"] = "00:01:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        if (clientTime is not null)
        {
            services.AddSingleton(clientTime);
        }

        services.AddDataCosmos(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build().GetSection("DataCosmos"));
        return new FacadeHarness(sim, services.BuildServiceProvider(validateScopes: true), logs);
    }

    /// <summary>A whole catalogue image as a line item.</summary>
    public static OrderLineItem LineItem(DataCosmosCatalogueItem item) => new() { Collection = item.Collection, Item = item.Item, Level = item.Level };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
