using ImageryContracts.DataCosmos.Models;
using ImageryContracts.DataCosmos.Ordering;
using ImageryContracts.FacadeTestKit;
using ImageryContracts.Testing.DataCosmos;
using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>
/// A DataCosmos simulator and a service provider wired the way an application wires it: <c>AddDataCosmos</c> bound
/// from a configuration section that points at the simulator, with short waits so a test runs in milliseconds.
/// </summary>
internal sealed class FacadeHarness : VendorHarness<DataCosmosSimulator, DataCosmosOrdering>
{
    private FacadeHarness(DataCosmosSimulator simulator, ServiceProvider services, RecordingLoggerProvider logs, Func<ServiceProvider> rebuild)
        : base(simulator, services, logs, rebuild)
    {
    }

    public int TokenRequests => Simulator.Requests.To("POST " + DataCosmosSimulator.TokenPath).Count;

    /// <summary>Starts the simulator and the services.</summary>
    /// <param name="simulator">The simulator's options; <c>null</c> for the defaults.</param>
    /// <param name="clientTime">The clock the services run on; <c>null</c> for the system clock.</param>
    /// <param name="journal">Registers an order journal (for example <c>services => services.AddSqliteOrderJournal(path)</c>); <c>null</c> for none.</param>
    /// <param name="settings">Overrides of the <c>DataCosmos:*</c> configuration keys.</param>
    public static async Task<FacadeHarness> StartAsync(
        DataCosmosSimulatorOptions? simulator = null, TimeProvider? clientTime = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? journal = null)
    {
        var sim = await DataCosmosSimulator.StartAsync(simulator);
        (ServiceProvider Services, RecordingLoggerProvider Logs) Build() =>
            FacadeServices.Build("DataCosmos", Connection(sim), settings, clientTime, (collection, section) => collection.AddDataCosmos(section), journal);
        var (services, logs) = Build();
        return new FacadeHarness(sim, services, logs, () => Build().Services);
    }

    /// <summary>The <c>DataCosmos:*</c> keys that point a client at the simulator: its client, organisation and URLs.</summary>
    public static Dictionary<string, string?> Connection(DataCosmosSimulator sim) => new()
    {
        ["DataCosmos:ClientId"] = sim.ClientId,
        ["DataCosmos:ClientSecret"] = sim.ClientSecret,
        ["DataCosmos:OrganisationId"] = sim.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DataCosmos:BaseUrl"] = sim.BaseUrl,
        ["DataCosmos:TokenUrl"] = sim.TokenUrl,
    };

    /// <summary>A whole catalogue image as a line item.</summary>
    public static OrderLineItem LineItem(DataCosmosCatalogueItem item) => new() { Collection = item.Collection, Item = item.Item, Level = item.Level };
}
