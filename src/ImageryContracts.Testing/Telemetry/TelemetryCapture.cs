using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using ImageryContracts.Telemetry;

namespace ImageryContracts.Testing.Telemetry;

/// <summary>
/// Records in memory what the kit reports under <see cref="ImageryTelemetry.Name"/> for one piece of work: it starts a
/// root activity and keeps the spans of that trace, and the measurements taken while an activity of that trace is
/// current (the kit measures on the thread doing the work). So tests running in parallel, each with a capture of its
/// own, see only their own spans and counts; no exporter is needed.
/// </summary>
/// <example>
/// <code>
/// using var telemetry = new TelemetryCapture();
/// await ordering.DownloadAsync(order, folder);
/// Assert.Equal(expectedBytes, telemetry.Total(ImageryTelemetry.DownloadedBytesCounter, "OneAtlas"));
/// </code>
/// </example>
public sealed class TelemetryCapture : IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<TelemetryMeasurement> _measurements = new();
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();

    /// <summary>Starts the root activity (current from here on in the caller's flow) and listens.</summary>
    /// <param name="rootName">The root activity's name.</param>
    public TelemetryCapture(string rootName = "test")
    {
        Root = new Activity(rootName).Start();
        var trace = Root.TraceId;
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
            if (Activity.Current?.TraceId == trace)
            {
                _measurements.Enqueue(new TelemetryMeasurement(instrument.Name, instrument.Unit, value, tags.ToArray()));
            }
        });
        _meters.Start();
    }

    /// <summary>The root activity every captured span descends from.</summary>
    public Activity Root { get; }

    /// <summary>The kit's spans of this trace stopped so far, in the order they ended.</summary>
    public IReadOnlyList<Activity> Spans => [.. _spans];

    /// <summary>The kit's measurements taken in this trace so far, in the order they were taken.</summary>
    public IReadOnlyList<TelemetryMeasurement> Measurements => [.. _measurements];

    /// <summary>The spans of one name (such as <see cref="ImageryTelemetry.SearchSpan"/>), in the order they ended.</summary>
    /// <param name="name">The span's name.</param>
    /// <returns>The spans.</returns>
    public IReadOnlyList<Activity> SpansNamed(string name) => [.. _spans.Where(span => span.OperationName == name)];

    /// <summary>The sum of a counter's measurements tagged with a vendor; 0 when none was taken.</summary>
    /// <param name="instrument">The counter (such as <see cref="ImageryTelemetry.DownloadedBytesCounter"/>).</param>
    /// <param name="vendor">The <see cref="ImageryTelemetry.VendorAttribute"/> value.</param>
    /// <returns>The total.</returns>
    public long Total(string instrument, string vendor) =>
        _measurements.Where(measurement => measurement.Instrument == instrument && Equals(measurement.Tag(ImageryTelemetry.VendorAttribute), vendor)).Sum(measurement => measurement.Value);

    /// <summary>Stops listening and ends the root activity; what was captured stays readable.</summary>
    public void Dispose()
    {
        _meters.Dispose();
        _activities.Dispose();
        Root.Stop();
    }
}
