using ImageryContracts.Testing.CommandLine;

namespace ImageryContracts.Testing.Tests.Hosting;

/// <summary>The standalone host's command line, parsed in-process: the help, and bad arguments named with their fix.</summary>
public sealed class StandaloneCommandTests
{
    [Fact]
    public async Task Help_lists_both_options_their_values_and_the_default_port()
    {
        var (exitCode, output, _) = await RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("--vendor <oneatlas|datacosmos> (REQUIRED)", output);
        Assert.Contains("--port <N>", output);
        Assert.Contains("[default: 5080]", output);
        Assert.Contains("until SIGTERM or Ctrl+C", output);
    }

    [Theory]
    [InlineData(new[] { "--vendor", "planet" }, "--vendor 'planet' is not simulated; use one of: oneatlas, datacosmos.")]
    [InlineData(new[] { "--vendor", "oneatlas", "--port", "99999" }, "--port '99999' is not a TCP port; give a number from 0 (a free port) to 65535.")]
    [InlineData(new[] { "--vendor", "oneatlas", "--port", "http" }, "--port 'http' is not a TCP port")]
    [InlineData(new[] { "--port", "5080" }, "Option '--vendor' is required.")]
    [InlineData(new[] { "--vendor", "oneatlas", "--verbose" }, "Unrecognized command or argument '--verbose'")]
    public async Task Bad_arguments_exit_2_naming_the_argument_and_the_fix(string[] args, string expected)
    {
        var (exitCode, output, error) = await RunAsync(args);

        Assert.Equal(StandaloneHost.UsageError, exitCode);
        Assert.Contains(expected, error);
        Assert.Contains("See --help for the usage.", error);
        Assert.Empty(output);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await StandaloneHost.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
