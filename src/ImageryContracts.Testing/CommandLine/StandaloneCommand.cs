using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ImageryContracts.Testing.CommandLine;

/// <summary>The standalone host's command line: <c>--vendor oneatlas|datacosmos [--port N]</c>, with <c>--help</c>.</summary>
internal sealed class StandaloneCommand
{
    /// <summary>The port when none is given.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The vendors that can be simulated, as <c>--vendor</c> takes them.</summary>
    public static readonly IReadOnlyList<string> Vendors = ["oneatlas", "datacosmos"];

    public StandaloneCommand()
    {
        Vendor = new Option<string>("--vendor")
        {
            Description = "The vendor API to simulate.",
            HelpName = string.Join('|', Vendors),
            Required = true,
            CustomParser = ParseVendor,
        };
        Port = new Option<int>("--port")
        {
            Description = "The port on 127.0.0.1; 0 picks a free one.",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultPort,
            CustomParser = ParsePort,
        };
        Root = new RootCommand(
            "Runs a OneAtlas or DataCosmos simulator on 127.0.0.1 until SIGTERM or Ctrl+C. Prints the base URL, the token URL "
            + "and the seeded credentials, then one line per request.")
        {
            Vendor, Port,
        };
    }

    /// <summary>The root command; its action is set by the host.</summary>
    public RootCommand Root { get; }

    /// <summary><c>--vendor</c>, lower case, one of <see cref="Vendors"/>.</summary>
    public Option<string> Vendor { get; }

    /// <summary><c>--port</c>.</summary>
    public Option<int> Port { get; }

    private static int ParsePort(ArgumentResult result)
    {
        var given = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (!int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            result.AddError($"--port '{given}' is not a TCP port; give a number from 0 (a free port) to 65535.");
        }

        return port;
    }

    private static string ParseVendor(ArgumentResult result)
    {
        var given = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        var vendor = given.ToLowerInvariant();
        if (!Vendors.Contains(vendor))
        {
            result.AddError($"--vendor '{given}' is not simulated; use one of: {string.Join(", ", Vendors)}.");
        }

        return vendor;
    }
}
