using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.OneAtlas;

namespace ImageryContracts.Testing.CommandLine;

/// <summary>Runs one simulator as a process until Ctrl+C, printing where it listens, its credentials and each request.</summary>
internal static class StandaloneHost
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        StandaloneArguments arguments;
        try
        {
            arguments = StandaloneArguments.Parse(args);
        }
        catch (FormatException exception)
        {
            await error.WriteLineAsync(exception.Message);
            await error.WriteLineAsync(StandaloneArguments.Usage);
            return 2;
        }

        if (arguments.Help)
        {
            await output.WriteLineAsync(StandaloneArguments.Usage);
            return 0;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, eventArgs) =>
        {
            eventArgs.Cancel = true;
            stop.Cancel();
        };

        await using VendorSimulator simulator = arguments.Vendor == "oneatlas"
            ? await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { Port = arguments.Port })
            : await DataCosmosSimulator.StartAsync(new DataCosmosSimulatorOptions { Port = arguments.Port });
        simulator.Requests.Recorded += request => output.WriteLine(request);

        await output.WriteLineAsync($"{arguments.Vendor} simulator listening");
        await output.WriteLineAsync($"  base URL:  {simulator.BaseUrl}");
        await output.WriteLineAsync($"  token URL: {simulator.TokenUrl}");
        await output.WriteLineAsync(simulator switch
        {
            OneAtlasSimulator oneAtlas => $"  API key:   {oneAtlas.ApiKey}",
            DataCosmosSimulator dataCosmos =>
                $"  client id: {dataCosmos.ClientId}\n  secret:    {dataCosmos.ClientSecret}\n  organisation: {dataCosmos.OrganisationId}, contract 42 (default)",
            _ => "",
        });
        await output.WriteLineAsync("Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            await output.WriteLineAsync("Stopping.");
        }

        return 0;
    }
}
