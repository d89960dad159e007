using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using ImageryContracts.Telemetry;

namespace OrderWorkflow.Display;

/// <summary>
/// <c>--telemetry</c>: listens to the kit's activity source and meter (what an OpenTelemetry exporter would subscribe
/// to with <c>AddSource("ImageryContracts")</c> and <c>AddMeter("ImageryContracts")</c>) and prints, when the run ends,
/// each span of this run with its duration and attributes (price, order, checkout, poll, search, one per file
/// downloaded), then each counter's total over this run (orders by outcome, bytes downloaded).
/// </summary>
internal sealed class TelemetryPrinter : IDisposable
{
    private readonly TextWriter _output;
    private readonly Activity _run = new Activity("OrderWorkflow").Start();
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentDictionary<string, long> _counters = new();
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();

    public TelemetryPrinter(TextWriter output)
    {
        _output = output;
        var trace = _run.TraceId;
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ImageryTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == trace)
                {
                    _spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ImageryTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            // Measurements are taken on the thread doing the work, so the current activity tells this run's apart.
            if (Activity.Current?.TraceId != trace)
            {
                return;
            }

            var labels = string.Join(' ', tags.ToArray().Select(tag => $"{tag.Key}={tag.Value}"));
            _counters.AddOrUpdate($"{instrument.Name} ({instrument.Unit}) {labels}", value, (_, sum) => sum + value);
        });
        _meters.Start();
    }

    public void Dispose()
    {
        _run.Stop();
        _activities.Dispose();
        _meters.Dispose();
        _output.WriteLine($"Telemetry of source and meter {ImageryTelemetry.Name}:");
        foreach (var span in _spans)
        {
            var attributes = string.Join(' ', span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"));
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  span {span.OperationName} {span.Duration.TotalMilliseconds:0} ms {span.Status} {attributes}"));
        }

        foreach (var (counter, total) in _counters.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  counter {counter}: {total}"));
        }
    }
}
