namespace ImageryContracts.Testing.Tests.Hosting;

/// <summary>
/// The standalone simulator run as its own process: it stops within a second, exit code 0, on SIGTERM (<c>docker
/// stop</c>, systemd, CI runners) and on SIGINT (Ctrl+C), and answers <c>--help</c> and bad arguments from the command line.
/// </summary>
public sealed class StandaloneProcessTests
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    [Theory]
    [InlineData(SigTerm, "oneatlas")]
    [InlineData(SigInt, "datacosmos")]
    public async Task A_termination_signal_stops_it_within_a_second_with_exit_code_0(int signal, string vendor)
    {
        using var simulator = StandaloneProcess.Start("--vendor", vendor, "--port", "0");
        await simulator.ListeningAsync();

        simulator.Signal(signal);

        Assert.True(await simulator.ExitedWithinAsync(TimeSpan.FromSeconds(1)), $"Still running a second after signal {signal}:{Environment.NewLine}{simulator.Output}");
        Assert.Equal(0, simulator.ExitCode);
        Assert.Contains($"{vendor} simulator listening", simulator.Output);
        Assert.Contains("Stopping.", simulator.Output);
    }

    [Fact]
    public async Task Help_and_bad_arguments_are_answered_by_the_process()
    {
        using var help = StandaloneProcess.Start("--help");
        using var bad = StandaloneProcess.Start("--vendor", "planet");

        Assert.True(await help.ExitedWithinAsync(TimeSpan.FromMinutes(1)), help.Output);
        Assert.True(await bad.ExitedWithinAsync(TimeSpan.FromMinutes(1)), bad.Output);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--vendor <oneatlas|datacosmos> (REQUIRED)", help.Output);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--vendor 'planet' is not simulated; use one of: oneatlas, datacosmos.", bad.Output);
    }
}
