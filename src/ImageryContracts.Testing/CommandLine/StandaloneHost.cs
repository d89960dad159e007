using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ImageryContracts.Testing.CommandLine;

/// <summary>
/// Runs one simulator as a process on the generic host: its console lifetime stops it on SIGTERM (<c>docker stop</c>,
/// systemd, CI runners) and on Ctrl+C (SIGINT), and the simulator is disposed before the process exits 0.
/// </summary>
internal static class StandaloneHost
{
    /// <summary>A usage error: a bad or missing argument.</summary>
    public const int UsageError = 2;

    /// <summary>The simulator could not start (the port is taken).</summary>
    public const int StartFailed = 1;

    // Kestrel closes idle connections at once; a request still running gets this long before the process exits.
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromMilliseconds(500);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var command = new StandaloneCommand();
        var parsed = command.Root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync(problem.Message);
            }

            await error.WriteLineAsync("See --help for the usage.");
            return UsageError;
        }

        command.Root.SetAction((result, cancellationToken) => ServeAsync(result.GetValue(command.Vendor)!, result.GetValue(command.Port), output, error, cancellationToken));

        // The host's console lifetime handles the signals; System.CommandLine's own handler would race it.
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null });
    }

    private static async Task<int> ServeAsync(string vendor, int port, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddHostedService(_ => new StandaloneSimulatorService(vendor, port, output));
        using var host = builder.Build();
        try
        {
            await host.RunAsync(cancellationToken);
        }
        catch (IOException startFailure)
        {
            await error.WriteLineAsync($"The {vendor} simulator could not listen on 127.0.0.1:{port}: {startFailure.Message} Give another --port, or 0 for a free one.");
            return StartFailed;
        }

        return 0;
    }
}
