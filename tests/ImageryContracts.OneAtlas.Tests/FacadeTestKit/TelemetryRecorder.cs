using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using ImageryContracts.Telemetry;

namespace ImageryContracts.FacadeTestKit;

/// <summary>
/// Listens to the kit's activity source and meter in memory and keeps what this test caused only: the spans under the
/// root activity it starts, and the measurements taken while an activity of that trace was current, so tests running
/// in parallel do not see each other's spans or bytes.
/// </summary>
internal sealed class TelemetryRecorder : IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentDictionary<(string Instrument, string? Vendor), long> _totals = new();
    private readonly ActivityListener _listener;
    private readonly MeterListener _meters = new();
    private readonly Activity _root;

    public TelemetryRecorder()
    {
        _root = new Activity("test").Start();
        var trace = _root.TraceId;
        _listener = new ActivityListener
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
        ActivitySource.AddActivityListener(_listener);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ImageryTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (Activity.Current?.TraceId != trace)
            {
                return;
            }

            string? vendor = null;
            foreach (var tag in tags)
            {
                vendor = tag.Key == ImageryTelemetry.VendorAttribute ? tag.Value as string : vendor;
            }

            _totals.AddOrUpdate((instrument.Name, vendor), value, (_, sum) => sum + value);
        });
        _meters.Start();
    }

    /// <summary>The spans stopped so far, in the order they ended.</summary>
    public IReadOnlyList<Activity> Spans => [.. _spans];

    /// <summary>The one span of a name.</summary>
    public Activity Single(string name) => Assert.Single(Spans, span => span.OperationName == name);

    /// <summary>The spans of a name, in the order they ended.</summary>
    public IReadOnlyList<Activity> All(string name) => [.. Spans.Where(span => span.OperationName == name)];

    /// <summary>The sum of a counter's measurements under a vendor; 0 when none was taken.</summary>
    public long Total(string instrument, string vendor) => _totals.GetValueOrDefault((instrument, vendor));

    public void Dispose()
    {
        _meters.Dispose();
        _listener.Dispose();
        _root.Stop();
    }
}
