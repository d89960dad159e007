using System.CommandLine;
using ImageryContracts.Geometry;
using OrderWorkflow.Display;
using OrderWorkflow.Vendors.OneAtlas;

namespace OrderWorkflow.CommandLine;

/// <summary>The sample's command line: its options, their help and how they become <see cref="WorkflowSettings"/>.</summary>
internal static class WorkflowCommand
{
    /// <summary>Creates the root command; <paramref name="run"/> receives the parsed settings and returns the exit code.</summary>
    /// <param name="run">The workflow.</param>
    /// <returns>The command.</returns>
    public static RootCommand Create(Func<WorkflowSettings, CancellationToken, Task<int>> run)
    {
        var vendor = new Option<string>("--vendor")
        {
            Description = "The vendors to run.",
            HelpName = "oneatlas|datacosmos|both",
            DefaultValueFactory = _ => "both",
        };
        vendor.AcceptOnlyFromAmong("oneatlas", "datacosmos", "both");
        var order = new Option<bool>("--order")
        {
            Description = "Against a real vendor (credentials set), place and follow orders; without it the real vendors are only priced. The simulators always get orders.",
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds the whole run may take, waits for delivery and payment included.",
            HelpName = "seconds",
            DefaultValueFactory = _ => 120,
        };
        timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError($"--timeout is {result.GetValueOrDefault<int>()}; give a positive number of seconds, such as 120.");
            }
        });
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Log every HTTP attempt (API keys, tokens and Authorization headers redacted); prints plain lines instead of the live display.",
        };

        var journal = new Option<string>("--journal")
        {
            Description = "The order journal file: a run interrupted (Ctrl+C) or killed and started again resumes its orders instead of placing new ones. Against the real vendors only; the simulators start empty every run.",
            HelpName = "path",
            DefaultValueFactory = _ => WorkflowSettings.DefaultJournalPath,
        };
        var aoi = new Option<GeoJsonPolygon>("--aoi")
        {
            Description = "A .geojson file holding the Polygon to search and order over (default: the vendor's price example over Toulouse, which the simulators' catalogues cover).",
            HelpName = "file.geojson",
            CustomParser = result =>
            {
                var path = result.Tokens.Single().Value;
                var polygon = AoiFile.TryRead(path, out var error);
                if (error is not null)
                {
                    result.AddError(error);
                }

                return polygon;
            },
        };
        var output = new Option<string>("--output")
        {
            Description = "The folder the downloaded files go to, each vendor's under oneatlas/ and datacosmos/ (default: a new folder under the temporary folder, named in the output).",
            HelpName = "folder",
        };

        var telemetry = new Option<bool>("--telemetry")
        {
            Description = "Print the kit's OpenTelemetry spans and counters (source and meter ImageryContracts) when the run ends.",
        };

        var command = new RootCommand(
            "Searches, orders and downloads satellite imagery on Airbus OneAtlas and Open Cosmos DataCosmos with ImageryContracts. "
            + "With no credentials it runs on in-process simulators of both vendors."
            + Environment.NewLine + Environment.NewLine + EnvironmentVariables.HelpText)
        {
            vendor, order, timeout, verbose, journal, aoi, output, telemetry,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var printer = parsed.GetValue(telemetry) ? new TelemetryPrinter(parsed.InvocationConfiguration.Output) : null;
            return await run(
                new WorkflowSettings(
                    parsed.GetValue(vendor) switch
                    {
                        "oneatlas" => VendorChoice.OneAtlas,
                        "datacosmos" => VendorChoice.DataCosmos,
                        _ => VendorChoice.Both,
                    },
                    parsed.GetValue(order),
                    TimeSpan.FromSeconds(parsed.GetValue(timeout)),
                    parsed.GetValue(verbose))
                {
                    JournalPath = parsed.GetValue(journal)!,
                    Aoi = parsed.GetValue(aoi) ?? OneAtlasSampleOrders.ToulouseAoi,
                    OutputFolder = parsed.GetValue(output),
                },
                cancellationToken);
        });
        return command;
    }
}
