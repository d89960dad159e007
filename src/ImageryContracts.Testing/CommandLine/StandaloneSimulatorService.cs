using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.OneAtlas;
using Microsoft.Extensions.Hosting;

namespace ImageryContracts.Testing.CommandLine;

/// <summary>The standalone host's one service: starts the simulator, prints where it listens and each request, stops it.</summary>
/// <param name="vendor">The vendor, lower case.</param>
/// <param name="port">The port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="output">Where the addresses, credentials and requests are printed.</param>
internal sealed class StandaloneSimulatorService(string vendor, int port, TextWriter output) : IHostedService
{
    private VendorSimulator? _simulator;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        VendorSimulator simulator = vendor == "oneatlas"
            ? await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { Port = port })
            : await DataCosmosSimulator.StartAsync(new DataCosmosSimulatorOptions { Port = port });
        _simulator = simulator;
        simulator.Requests.Recorded += request => output.WriteLine(request);

        await output.WriteLineAsync($"{vendor} simulator listening");
        await output.WriteLineAsync($"  base URL:  {simulator.BaseUrl}");
        await output.WriteLineAsync($"  token URL: {simulator.TokenUrl}");
        await output.WriteLineAsync(simulator switch
        {
            OneAtlasSimulator oneAtlas => $"  API key:   {oneAtlas.ApiKey}",
            DataCosmosSimulator dataCosmos =>
                $"  client id: {dataCosmos.ClientId}\n  secret:    {dataCosmos.ClientSecret}\n  organisation: {dataCosmos.OrganisationId}, contract 42 (default)",
            _ => string.Empty,
        });
        await output.WriteLineAsync("Stop with Ctrl+C or SIGTERM.");
        await output.FlushAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_simulator is { } simulator)
        {
            await output.WriteLineAsync("Stopping.");
            await simulator.DisposeAsync();
            await output.FlushAsync(CancellationToken.None);
        }
    }
}
