using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.OneAtlas;
using OrderWorkflow.Connections;

namespace OrderWorkflow.Simulation;

/// <summary>The in-process simulators of the vendors that have no credentials in the environment; disposing stops them.</summary>
internal sealed class SimulatorSession : IAsyncDisposable
{
    private SimulatorSession(OneAtlasSimulator? oneAtlas, DataCosmosSimulator? dataCosmos)
    {
        OneAtlas = oneAtlas;
        DataCosmos = dataCosmos;
    }

    /// <summary>The OneAtlas simulator, if started.</summary>
    public OneAtlasSimulator? OneAtlas { get; }

    /// <summary>The DataCosmos simulator, if started.</summary>
    public DataCosmosSimulator? DataCosmos { get; }

    /// <summary>Starts the simulators asked for, each on a free port of 127.0.0.1.</summary>
    /// <param name="oneAtlas">Whether to start the OneAtlas simulator.</param>
    /// <param name="dataCosmos">Whether to start the DataCosmos simulator.</param>
    /// <returns>The running session.</returns>
    public static async Task<SimulatorSession> StartAsync(bool oneAtlas, bool dataCosmos)
    {
        // Delivered on the third read of the order, so the display shows a wait without slowing the run.
        var oneAtlasSimulator = oneAtlas ? await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { DeliverAfterPolls = 3 }) : null;
        var dataCosmosSimulator = dataCosmos ? await DataCosmosSimulator.StartAsync() : null;
        return new SimulatorSession(oneAtlasSimulator, dataCosmosSimulator);
    }

    /// <summary>Credentials and URLs of the OneAtlas simulator.</summary>
    public OneAtlasCredentials? OneAtlasCredentials =>
        OneAtlas is { } sim ? new OneAtlasCredentials(sim.ApiKey, sim.BaseUrl, sim.TokenUrl) : null;

    /// <summary>Credentials and URLs of the DataCosmos simulator.</summary>
    public DataCosmosCredentials? DataCosmosCredentials =>
        DataCosmos is { } sim ? new DataCosmosCredentials(sim.ClientId, sim.ClientSecret, sim.OrganisationId, sim.BaseUrl, sim.TokenUrl) : null;

    public async ValueTask DisposeAsync()
    {
        if (OneAtlas is not null)
        {
            await OneAtlas.DisposeAsync();
        }

        if (DataCosmos is not null)
        {
            await DataCosmos.DisposeAsync();
        }
    }
}
