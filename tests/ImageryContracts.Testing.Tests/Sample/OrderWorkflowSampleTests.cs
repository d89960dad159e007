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
        Assert.Matches(@"OneAtlas \(simulator\)\s+│ [0-9a-f-]{36} │ 31\.74\s+│ 222 credits\s+│ delivered", console.Output);
        Assert.Matches(@"DataCosmos \(simulator\)\s+│ [0-9a-f-]{36} │ 100\.50\s+│ 251\.25 EUR\s+│ PAID", console.Output);
    }

    [Fact]
    public async Task Telemetry_prints_the_spans_of_the_run_and_the_order_counters()
    {
        var console = new SampleConsole();

        var exitCode = await OrderWorkflowApp.RunAsync(["--vendor", "oneatlas", "--telemetry"], console.Console, NoCredentials);

        Assert.True(exitCode == OrderWorkflowApp.Success, console.Output);
        Assert.Contains("Telemetry of source and meter ImageryContracts:", console.Output);
        Assert.Matches(@"span imagery\.price \d+ ms Unset imagery\.vendor=OneAtlas", console.Output);
        Assert.Matches(@"span imagery\.order \d+ ms Unset imagery\.vendor=OneAtlas imagery\.order\.reference=tagged \w+ imagery\.order\.id=[0-9a-f-]{36}", console.Output);
        Assert.Matches(@"span imagery\.poll \d+ ms Unset imagery\.vendor=OneAtlas imagery\.poll\.attempts=\d+", console.Output);
        Assert.Matches(@"counter imagery\.orders\.created \(\{order\}\) imagery\.vendor=OneAtlas: \d+", console.Output);
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
            "--vendor <oneatlas|datacosmos|both>", "--order", "--timeout <seconds>", "--verbose", "--telemetry",
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
