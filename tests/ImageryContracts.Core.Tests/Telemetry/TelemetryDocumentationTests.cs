using System.Diagnostics.Metrics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ImageryContracts.Serialization;
using ImageryContracts.Telemetry;

namespace ImageryContracts.Core.Tests.Telemetry;

/// <summary>docs/telemetry.md's tables list exactly the names <see cref="ImageryTelemetry"/> defines (and the wire-drift counter), and each counter's unit as the meter publishes it.</summary>
public sealed partial class TelemetryDocumentationTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ThisFile())!, "../../../docs/telemetry.md"));

    [Fact]
    public void Every_span_attribute_and_counter_name_is_a_row_of_the_page_and_every_row_is_a_name_of_the_code()
    {
        var names = typeof(ImageryTelemetry).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field is { IsLiteral: true } && field.Name != nameof(ImageryTelemetry.Name))
            .Select(field => (string)field.GetRawConstantValue()!)
            .Append(WireDriftWarnings.CounterName)
            .Order(StringComparer.Ordinal);

        var rows = TableRowName().Matches(Page).Select(match => match.Groups["name"].Value).Order(StringComparer.Ordinal);

        Assert.Equal(names, rows);
    }

    [Fact]
    public void Each_counter_row_gives_the_unit_the_meter_publishes()
    {
        // Reading the meter creates the counters (static fields beside it), so the listener is told of every one; the
        // drift counter is created with the warnings.
        var meter = ImageryTelemetry.Meter;
        Assert.NotNull(WireDriftWarnings.Shared);
        var units = new Dictionary<string, string?>();
        using (var listener = new MeterListener())
        {
            listener.InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter == meter)
                {
                    units[instrument.Name] = instrument.Unit;
                }
            };
            listener.Start();
        }

        Assert.NotEmpty(units);
        Assert.All(units, unit => Assert.Contains($"| `{unit.Key}` | `{unit.Value}` |", Page, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\| `(?<name>[a-z][a-z._]*)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRowName();

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
