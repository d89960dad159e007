using ImageryContracts.FacadeTestKit;
using ImageryContracts.Geometry;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Ordering;
using ImageryContracts.Testing.OneAtlas;
using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>
/// A OneAtlas simulator and a service provider wired the way an application wires it: <c>AddOneAtlas</c> bound from a
/// configuration section that points at the simulator, with short waits so a test runs in milliseconds.
/// </summary>
internal sealed class FacadeHarness : VendorHarness<OneAtlasSimulator, OneAtlasOrdering>
{
    /// <summary>The AOI of the vendor's price example over Toulouse (31.7 km²).</summary>
    public static readonly GeoJsonPolygon ToulouseAoi = new(
    [
        new(1.4089965820312502, 43.59829500262717), new(1.4089965820312502, 43.63408731864001),
        new(1.5078735351562496, 43.63408731864001), new(1.5078735351562496, 43.59829500262717),
        new(1.4089965820312502, 43.59829500262717),
    ]);

    private FacadeHarness(OneAtlasSimulator simulator, ServiceProvider services, RecordingLoggerProvider logs, Func<ServiceProvider> rebuild)
        : base(simulator, services, logs, rebuild)
    {
    }

    public int TokenRequests => Simulator.Requests.To("POST " + OneAtlasSimulator.TokenPath).Count;

    /// <summary>Starts the simulator and the services.</summary>
    /// <param name="simulator">The simulator's options; <c>null</c> for the defaults.</param>
    /// <param name="clientTime">The clock the services run on; <c>null</c> for the system clock.</param>
    /// <param name="settings">Overrides of the <c>OneAtlas:*</c> configuration keys.</param>
    /// <param name="configure">More registrations after <c>AddOneAtlas</c>, as an application adds its own (for example <c>services => services.AddSqliteOrderJournal(path)</c>).</param>
    public static async Task<FacadeHarness> StartAsync(
        OneAtlasSimulatorOptions? simulator = null, TimeProvider? clientTime = null, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var sim = await OneAtlasSimulator.StartAsync(simulator);
        var connection = new Dictionary<string, string?>
        {
            ["OneAtlas:ApiKey"] = sim.ApiKey,
            ["OneAtlas:BaseUrl"] = sim.BaseUrl,
            ["OneAtlas:TokenUrl"] = sim.TokenUrl,
            ["OneAtlas:SearchUrl"] = sim.BaseUrl,
            ["OneAtlas:AccessUrl"] = sim.BaseUrl,
            ["OneAtlas:ListPageSize"] = "20",
            ["OneAtlas:Download:RetryDelay"] = "00:00:00.010",
            ["OneAtlas:Download:FlushToDisk"] = "false",
        };
        (ServiceProvider Services, RecordingLoggerProvider Logs) Build() =>
            FacadeServices.Build("OneAtlas", connection, settings, clientTime, (collection, section) => collection.AddOneAtlas(section), configure);
        var (services, logs) = Build();
        return new FacadeHarness(sim, services, logs, () => Build().Services);
    }

    /// <summary>A valid product of a catalogue item, clipped to <see cref="ToulouseAoi"/> unless told otherwise.</summary>
    public static Product Product(
        OneAtlasCatalogueItem item,
        ProductType productType = ProductType.Bundle,
        RadiometricProcessing processing = RadiometricProcessing.Reflectance,
        GeoJsonPolygon? aoi = null) => new()
        {
            Id = item.Id,
            ProductType = productType,
            RadiometricProcessing = processing,
            ImageFormat = ImageFormat.Jp2,
            CrsCode = CrsCode.Wgs84,
            Aoi = (aoi ?? ToulouseAoi).ToOneAtlasPolygon(),
        };
}
