using ImageryContracts.Testing.CommandLine;

namespace ImageryContracts.Testing.Tests.Hosting;

public sealed class StandaloneArgumentsTests
{
    [Fact]
    public void Vendor_and_port_are_read_and_the_port_defaults_to_5080()
    {
        Assert.Equal(new StandaloneArguments("oneatlas", 5081, false), StandaloneArguments.Parse(["--vendor", "OneAtlas", "--port", "5081"]));
        Assert.Equal(new StandaloneArguments("datacosmos", 5080, false), StandaloneArguments.Parse(["--vendor", "datacosmos"]));
        Assert.True(StandaloneArguments.Parse(["--help"]).Help);
    }

    [Theory]
    [InlineData(new[] { "--vendor", "planet" }, "--vendor 'planet' is not simulated; use one of: oneatlas, datacosmos.")]
    [InlineData(new[] { "--vendor", "oneatlas", "--port", "99999" }, "--port '99999' is not a TCP port")]
    [InlineData(new[] { "--vendor" }, "--vendor needs a value")]
    [InlineData(new[] { "--port", "5080" }, "--vendor is required")]
    [InlineData(new[] { "--verbose" }, "Unknown argument '--verbose'")]
    public void Bad_arguments_are_refused_naming_the_argument_and_the_fix(string[] args, string expected)
    {
        Assert.Contains(expected, Assert.Throws<FormatException>(() => StandaloneArguments.Parse(args)).Message);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_bad_arguments_exit_with_2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var help = await StandaloneHost.RunAsync(["--help"], output, error);
        var bad = await StandaloneHost.RunAsync(["--vendor", "planet"], output, error);

        Assert.Equal(0, help);
        Assert.Contains("--vendor <oneatlas|datacosmos>", output.ToString());
        Assert.Equal(2, bad);
        Assert.Contains("'planet' is not simulated", error.ToString());
    }
}
