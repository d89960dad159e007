using System.Globalization;
using ImageryContracts.Telemetry;
using ImageryContracts.Testing.Telemetry;

namespace OrderWorkflow.Display;

/// <summary>
/// <c>--telemetry</c>: listens to the kit's activity source and meter (what an OpenTelemetry exporter would subscribe
/// to with <c>AddSource("ImageryContracts")</c> and <c>AddMeter("ImageryContracts")</c>) and prints, when the run ends,
/// each span of this run with its duration and attributes (price, order, checkout, poll, search, one per file
/// downloaded), then each counter's total over this run (orders by outcome, bytes downloaded).
/// </summary>
internal sealed class TelemetryPrinter(TextWriter output) : IDisposable
{
    private readonly TelemetryCapture _run = new("OrderWorkflow");

    public void Dispose()
    {
        _run.Dispose();
        output.WriteLine($"Telemetry of source and meter {ImageryTelemetry.Name}:");
        foreach (var span in _run.Spans)
        {
            var attributes = string.Join(' ', span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  span {span.OperationName} {span.Duration.TotalMilliseconds:0} ms {span.Status} {attributes}"));
        }

        var counters = _run.Measurements.GroupBy(measurement => $"{measurement.Instrument} ({measurement.Unit}) {string.Join(' ', measurement.Tags.Select(tag => $"{tag.Key}={tag.Value}"))}");
        foreach (var counter in counters.OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  counter {counter.Key}: {counter.Sum(measurement => measurement.Value)}"));
        }
    }
}
