using System.Globalization;

namespace ImageryContracts.Testing.CommandLine;

/// <summary>The standalone host's arguments: <c>--vendor oneatlas|datacosmos [--port N]</c>, or <c>--help</c>.</summary>
/// <param name="Vendor">The vendor to simulate, lower case.</param>
/// <param name="Port">The port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="Help">Whether only the usage was asked for.</param>
internal sealed record StandaloneArguments(string Vendor, int Port, bool Help)
{
    public const int DefaultPort = 5080;

    public static readonly IReadOnlyList<string> Vendors = ["oneatlas", "datacosmos"];

    public static string Usage =>
        $"""
        Usage: dotnet run --project src/ImageryContracts.Testing -f net10.0 -- --vendor <{string.Join("|", Vendors)}> [--port <N>]

          --vendor   the vendor API to simulate
          --port     the port on 127.0.0.1 (default {DefaultPort}; 0 picks a free one)
          --help     show this text

        Serves until Ctrl+C; prints the base URL, the token URL and the seeded credentials.
        """;

    /// <summary>Reads the arguments; the exception message names the offending argument and the fix.</summary>
    /// <exception cref="FormatException">An argument is unknown, missing its value or out of range.</exception>
    public static StandaloneArguments Parse(IReadOnlyList<string> args)
    {
        string? vendor = null;
        var port = DefaultPort;
        for (var index = 0; index < args.Count; index++)
        {
            switch (args[index])
            {
                case "--help" or "-h" or "-?":
                    return new StandaloneArguments("", 0, Help: true);
                case "--vendor":
                    vendor = Value(args, ++index, "--vendor").ToLowerInvariant();
                    if (!Vendors.Contains(vendor))
                    {
                        throw new FormatException($"--vendor '{vendor}' is not simulated; use one of: {string.Join(", ", Vendors)}.");
                    }

                    break;
                case "--port":
                    var text = Value(args, ++index, "--port");
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535)
                    {
                        throw new FormatException($"--port '{text}' is not a TCP port; give a number from 0 (a free port) to 65535.");
                    }

                    break;
                default:
                    throw new FormatException($"Unknown argument '{args[index]}'; see --help.");
            }
        }

        return vendor is null
            ? throw new FormatException($"--vendor is required; use --vendor {string.Join(" or --vendor ", Vendors)}.")
            : new StandaloneArguments(vendor, port, Help: false);
    }

    private static string Value(IReadOnlyList<string> args, int index, string name) =>
        index < args.Count && !args[index].StartsWith("--", StringComparison.Ordinal)
            ? args[index]
            : throw new FormatException($"{name} needs a value; see --help.");
}
