using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using OrderWorkflow.CommandLine;
using OrderWorkflow.Connections;
using OrderWorkflow.Display;
using OrderWorkflow.Simulation;
using OrderWorkflow.Vendors.DataCosmos;
using OrderWorkflow.Vendors.OneAtlas;
using OrderWorkflow.Workflow;
using Spectre.Console;

namespace OrderWorkflow;

/// <summary>
/// The sample: for each vendor, search over an AOI → pick an image → price → order → wait → download, with a live
/// display, then a summary table of the orders and one of the files, after showing a request the vendor's rules refuse
/// being caught before it is sent. Vendors without credentials in the environment
/// run on in-process simulators.
/// </summary>
public static class OrderWorkflowApp
{
    /// <summary>Every workflow completed.</summary>
    public const int Success = 0;

    /// <summary>A workflow failed, timed out, or the validation demo did not catch its invalid order.</summary>
    public const int WorkflowFailed = 1;

    /// <summary>The environment holds unusable credentials.</summary>
    public const int ConfigurationError = 2;

    private const int RedirectedWidth = 200;

    /// <summary>Parses the arguments and runs the sample.</summary>
    /// <param name="args">The command line (see <c>--help</c>).</param>
    /// <param name="console">Where everything is written; <c>null</c> for the terminal, live only when output is not redirected.</param>
    /// <param name="environment">Reads environment variables; <c>null</c> for the process environment.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The exit code: <see cref="Success"/>, <see cref="WorkflowFailed"/>, <see cref="ConfigurationError"/>, or System.CommandLine's for bad arguments.</returns>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole? console = null, Func<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        var output = console ?? AnsiConsole.Console;
        var liveAllowed = console is not null || !Console.IsOutputRedirected;
        if (console is null && Console.IsOutputRedirected)
        {
            // A redirected console reports 80 columns, which would fold the summary's image and order ids over three lines.
            output.Profile.Width = Math.Max(output.Profile.Width, RedirectedWidth);
        }

        var read = environment ?? Environment.GetEnvironmentVariable;
        var command = WorkflowCommand.Create((settings, token) => RunAsync(settings, output, liveAllowed, read, token));
        var invocation = new InvocationConfiguration
        {
            Output = output.Profile.Out.Writer,
            Error = console is null ? Console.Error : output.Profile.Out.Writer,
        };
        return await command.Parse(args).InvokeAsync(invocation, cancellationToken);
    }

    private static async Task<int> RunAsync(WorkflowSettings settings, IAnsiConsole console, bool liveAllowed, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        OneAtlasCredentials? realOneAtlas;
        DataCosmosCredentials? realDataCosmos;
        try
        {
            realOneAtlas = settings.IncludesOneAtlas ? RealVendorCredentials.OneAtlas(environment) : null;
            realDataCosmos = settings.IncludesDataCosmos ? RealVendorCredentials.DataCosmos(environment) : null;
        }
        catch (InvalidOperationException configuration)
        {
            console.Write(new Text($"Configuration error: {configuration.Message}{Environment.NewLine}", new Style(Color.Red)));
            return ConfigurationError;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(settings.Timeout);
        var plain = new PlainLineDisplay(console);
        IProgressDisplay display = liveAllowed && !settings.Verbose && console.Profile.Capabilities.Interactive ? new LiveProgressDisplay(console) : plain;
        using var loggerFactory = LoggerFactory.Create(logging =>
        {
            if (settings.Verbose)
            {
                logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new LineLoggerProvider(plain.WriteLine));
            }
        });

        await using var simulators = await SimulatorSession.StartAsync(
            oneAtlas: settings.IncludesOneAtlas && realOneAtlas is null,
            dataCosmos: settings.IncludesDataCosmos && realDataCosmos is null);
        await using var oneAtlas = Connect(realOneAtlas, simulators.OneAtlasCredentials, settings, loggerFactory,
            (credentials, connection, placeOrder) => OneAtlasWorkflow.Connect(credentials, connection, placeOrder: placeOrder));
        await using var dataCosmos = Connect(realDataCosmos, simulators.DataCosmosCredentials, settings, loggerFactory,
            (credentials, connection, placeOrder) => DataCosmosWorkflow.Connect(credentials, connection, placeOrder));
        IVendorWorkflow[] workflows = [.. new IVendorWorkflow?[] { oneAtlas, dataCosmos }.OfType<IVendorWorkflow>()];
        foreach (var workflow in workflows)
        {
            console.Write(new Text($"{workflow.Name}: {Where(workflow, simulators)}{Environment.NewLine}"));
        }

        var job = WorkflowJob.Recent(settings.Aoi, settings.OutputFolder ?? NewOutputFolder(), DateTimeOffset.UtcNow);
        console.Write(new Text(string.Create(CultureInfo.InvariantCulture,
            $"Searching {job.Aoi.AreaKm2:0.00} km² for images acquired {job.From:yyyy-MM-dd} to {job.To:yyyy-MM-dd}; files go to {Path.GetFullPath(job.OutputFolder)}{(settings.OutputFolder is null ? " (choose with --output)" : string.Empty)}{Environment.NewLine}")));

        console.WriteLine();
        var validationCaught = oneAtlas is null || await ValidationDemo.RunAsync(console, oneAtlas.Ordering, limit.Token);
        var outcomes = await display.RunAsync(workflows, (workflow, progress) => WorkflowRunner.RunAsync(workflow, job, progress, settings.Timeout, limit.Token));
        console.WriteLine();
        console.Write(SummaryTable.Create(outcomes));
        if (outcomes.Any(outcome => outcome.Files.Count > 0))
        {
            console.Write(FilesTable.Create(outcomes, job.OutputFolder));
        }

        foreach (var resumed in outcomes.Where(outcome => outcome.Resumed))
        {
            console.Write(new Text($"{resumed.Vendor}: order {resumed.OrderId} resumed from the journal {settings.JournalPath} (placed by an earlier run, not ordered again){Environment.NewLine}"));
        }

        foreach (var failed in outcomes.Where(outcome => !outcome.Succeeded))
        {
            console.Write(new Text($"{failed.Vendor} failed: {failed.Failure}{Environment.NewLine}", new Style(Color.Red)));
        }

        return validationCaught && outcomes.All(outcome => outcome.Succeeded) ? Success : WorkflowFailed;
    }

    /// <summary>A new folder per run, so runs never mix their files.</summary>
    private static string NewOutputFolder() =>
        Path.Combine(Path.GetTempPath(), "OrderWorkflow", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));

    private static TWorkflow? Connect<TCredentials, TWorkflow>(
        TCredentials? real, TCredentials? simulated, WorkflowSettings settings, ILoggerFactory loggerFactory, Func<TCredentials, ConnectionSettings, bool, TWorkflow> connect)
        where TCredentials : class
        where TWorkflow : class
    {
        if (real is not null)
        {
            return connect(real, ConnectionSettings.ForRealVendors(settings.Timeout, loggerFactory) with { JournalPath = settings.JournalPath }, settings.PlaceOrders);
        }

        return simulated is null ? null : connect(simulated, ConnectionSettings.ForSimulators(settings.Timeout, loggerFactory) with { JournalPath = settings.JournalPath }, true);
    }

    private static string Where(IVendorWorkflow workflow, SimulatorSession simulators) => workflow switch
    {
        OneAtlasWorkflow when simulators.OneAtlas is { } sim => $"simulator at {sim.BaseUrl} (real service: set its credentials, see --help)",
        DataCosmosWorkflow when simulators.DataCosmos is { } sim => $"simulator at {sim.BaseUrl} (real service: set its credentials, see --help)",
        _ => workflow.StepCount > 1 ? "real service, placing orders (--order)" : "real service, pricing only (add --order to order)",
    };
}
