using System.Globalization;
using System.Text.RegularExpressions;
using ImageryContracts.Testing.OneAtlas;
using OrderWorkflow;

namespace ImageryContracts.Testing.Tests.Sample;

/// <summary>The main job, <c>dotnet run --project samples/OrderWorkflow</c>, run in-process.</summary>
public sealed class OrderWorkflowSampleTests
{
    private static readonly Func<string, string?> NoCredentials = _ => null;

    [Fact]
    public async Task With_no_arguments_it_completes_both_vendors_on_the_simulators_and_exits_0()
    {
        var console = new SampleConsole();

        var exitCode = await OrderWorkflowApp.RunAsync([], console.Console, NoCredentials);

        Assert.True(exitCode == OrderWorkflowApp.Success, console.Output);
        Assert.Contains("[OneAtlas (simulator)] done: delivered", console.Output);
        Assert.Contains("[DataCosmos (simulator)] done: PAID", console.Output);
        Assert.Matches(@"OneAtlas \(simulator\)\s+│ [0-9a-f-]{36} │ (SPOT|PHR|PNEO) [A-Z0-9]+\s+│ [0-9a-f-]{36} │ 31\.74\s+│ [0-9]+ credits\s+│ delivered\s+│ [1-9][0-9]* \(", console.Output);
        Assert.Matches(@"DataCosmos \(simulator\)\s+│ [A-Z0-9_]+\s+│ [a-z0-9-]+ L[0-9][A-Z]\s+│ [0-9a-f-]{36} │ [0-9.]+\s+│ [0-9.]+ EUR\s+│ PAID\s+│ [1-9][0-9]* \(", console.Output);
    }

    [Fact]
    public async Task With_output_both_vendors_search_pick_the_least_cloudy_image_and_download_its_files_there()
    {
        var output = Path.Combine(Path.GetTempPath(), $"imagery-sample-output-{Guid.NewGuid():N}");
        try
        {
            var console = new SampleConsole();

            var exitCode = await OrderWorkflowApp.RunAsync(["--output", output], console.Console, NoCredentials);

            Assert.True(exitCode == OrderWorkflowApp.Success, console.Output);
            Assert.Matches(@"\[DataCosmos \(simulator\)\] 2/6 chose [A-Z0-9_]+ \([a-z0-9-]+ L[0-9][A-Z], [0-9.]+% cloud, \d{4}-\d{2}-\d{2}\), best of [1-9][0-9]*", console.Output);
            Assert.Matches(@"\[OneAtlas \(simulator\)\] 2/5 chose [0-9a-f-]{36} \((SPOT|PHR|PNEO) [A-Z0-9]+, [0-9.]+% cloud, \d{4}-\d{2}-\d{2}\), best of [1-9][0-9]*", console.Output);
            Assert.Matches(@"downloading \d+/\d+ files, [0-9.]+ [KM]iB of [0-9.]+ [KM]iB at [0-9.]+ [KMG]?i?B/s", console.Output);
            foreach (var (vendor, folder, checksum) in new[] { ("OneAtlas", "oneatlas", "md5 matched"), ("DataCosmos", "datacosmos", "(md5 matched|none sent \\(length verified\\))") })
            {
                var files = Directory.GetFiles(Path.Combine(output, folder), "*", SearchOption.AllDirectories);
                Assert.NotEmpty(files);
                Assert.DoesNotContain(files, file => file.EndsWith(".part", StringComparison.OrdinalIgnoreCase));
                foreach (var file in files)
                {
                    var length = new FileInfo(file).Length;
                    Assert.True(length > 0, $"{file} is empty");
                    Assert.Matches($@"{vendor} \(simulator\)\s+│ {Regex.Escape(Path.GetRelativePath(output, file))}\s+│ {length:N0}\s+│ {checksum}", console.Output);
                }
            }
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public async Task An_aoi_file_that_is_not_a_polygon_is_refused_naming_the_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"imagery-sample-aoi-{Guid.NewGuid():N}.geojson");
        File.WriteAllText(file, """{"type":"Point","coordinates":[1.4,43.6]}""");
        try
        {
            var console = new SampleConsole();

            var exitCode = await OrderWorkflowApp.RunAsync(["--aoi", file], console.Console, NoCredentials);

            Assert.NotEqual(OrderWorkflowApp.Success, exitCode);
            Assert.Contains($"--aoi {file}:", console.Output);
            Assert.Contains("Polygon", console.Output);
            Assert.DoesNotContain("Summary", console.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_missing_aoi_file_is_refused_naming_the_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"imagery-sample-missing-{Guid.NewGuid():N}.geojson");
        var console = new SampleConsole();

        var exitCode = await OrderWorkflowApp.RunAsync(["--aoi", file], console.Console, NoCredentials);

        Assert.NotEqual(OrderWorkflowApp.Success, exitCode);
        Assert.Contains($"--aoi {file}: the file cannot be read", console.Output);
    }

    [Fact]
    public async Task Telemetry_prints_the_spans_of_the_run_the_order_counters_and_the_bytes_downloaded()
    {
        var console = new SampleConsole();

        var exitCode = await OrderWorkflowApp.RunAsync(["--vendor", "oneatlas", "--telemetry"], console.Console, NoCredentials);

        Assert.True(exitCode == OrderWorkflowApp.Success, console.Output);
        Assert.Contains("Telemetry of source and meter ImageryContracts:", console.Output);
        Assert.Matches(@"span imagery\.price \d+ ms Unset imagery\.vendor=OneAtlas", console.Output);
        Assert.Matches(@"span imagery\.order \d+ ms Unset imagery\.vendor=OneAtlas imagery\.order\.reference=tagged \w+ imagery\.order\.id=[0-9a-f-]{36}", console.Output);
        Assert.Matches(@"span imagery\.poll \d+ ms Unset imagery\.vendor=OneAtlas imagery\.poll\.attempts=\d+", console.Output);
        Assert.Matches(@"counter imagery\.orders\.created \(\{order\}\) imagery\.vendor=OneAtlas: \d+", console.Output);
        Assert.Matches(@"span imagery\.search \d+ ms Unset imagery\.vendor=OneAtlas imagery\.search\.pages=[1-9]\d* imagery\.search\.items=[1-9]\d*", console.Output);
        var downloads = Regex.Matches(console.Output, @"span imagery\.download \d+ ms Unset imagery\.vendor=OneAtlas file\.name=\S+\.zip file\.size=(?<size>\d+) imagery\.download\.attempts=1");
        var bytes = Regex.Match(console.Output, @"counter imagery\.download\.bytes \(By\) imagery\.vendor=OneAtlas: (?<total>\d+)");
        Assert.NotEmpty(downloads);
        Assert.True(bytes.Success, console.Output);
        Assert.Equal(downloads.Sum(span => long.Parse(span.Groups["size"].Value, CultureInfo.InvariantCulture)), long.Parse(bytes.Groups["total"].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task It_shows_BASIC16_on_a_Pleiades_Neo_image_caught_before_sending()
    {
        var console = new SampleConsole();

        var exitCode = await OrderWorkflowApp.RunAsync(["--vendor", "oneatlas"], console.Console, NoCredentials);

        Assert.True(exitCode == OrderWorkflowApp.Success, console.Output);
        Assert.Contains("caught ImageryValidationException, nothing was sent:", console.Output);
        Assert.Contains("- IMG1001: bundle-fs is accepted by PNEO; BASIC16 by SPOT, PHR: no sensor accepts both.", console.Output);
        Assert.DoesNotContain("DataCosmos", console.Output);
    }

    [Fact]
    public async Task Help_documents_every_option_and_the_credential_variables()
    {
        var console = new SampleConsole();

        var exitCode = await OrderWorkflowApp.RunAsync(["--help"], console.Console, NoCredentials);

        Assert.Equal(0, exitCode);
        foreach (var documented in new[]
        {
            "--vendor <oneatlas|datacosmos|both>", "--order", "--timeout <seconds>", "--verbose", "--aoi <file.geojson>", "--output <folder>", "--telemetry",
            "ONEATLAS_API_KEY", "DATACOSMOS_CLIENT_ID", "DATACOSMOS_CLIENT_SECRET", "DATACOSMOS_ORGANISATION_ID",
        })
        {
            Assert.Contains(documented, console.Output);
        }
    }

    [Fact]
    public async Task Verbose_logs_every_call_with_the_token_redacted_and_no_api_key()
    {
        var console = new SampleConsole();

        var exitCode = await OrderWorkflowApp.RunAsync(["--vendor", "oneatlas", "--verbose"], console.Console, NoCredentials);

        Assert.True(exitCode == OrderWorkflowApp.Success, console.Output);
        Assert.Contains("/api/v1/orders answered 201", console.Output);
        Assert.Contains("Authorization: Bearer ***", console.Output);
        Assert.DoesNotContain(OneAtlasAccount.DefaultApiKey, console.Output);
    }

    [Fact]
    public async Task Partial_DataCosmos_credentials_stop_the_run_naming_the_missing_variables()
    {
        var console = new SampleConsole();
        var environment = new Dictionary<string, string?> { ["DATACOSMOS_CLIENT_ID"] = "client" };

        var exitCode = await OrderWorkflowApp.RunAsync([], console.Console, name => environment.GetValueOrDefault(name));

        Assert.Equal(OrderWorkflowApp.ConfigurationError, exitCode);
        Assert.Contains("DATACOSMOS_CLIENT_SECRET and DATACOSMOS_ORGANISATION_ID are not set", console.Output);
    }

    [Fact]
    public async Task A_vendor_outside_the_list_is_refused_by_the_parser()
    {
        var console = new SampleConsole();

        var exitCode = await OrderWorkflowApp.RunAsync(["--vendor", "acme"], console.Console, NoCredentials);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("acme", console.Output);
    }
}
