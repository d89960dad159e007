using System.Collections.Concurrent;
using System.Diagnostics;
using ImageryContracts.Telemetry;

namespace ImageryContracts.FacadeTestKit;

/// <summary>
/// Listens to the kit's activity source in memory and keeps the spans of this test only: those under the root
/// activity it starts, so tests running in parallel do not see each other's spans.
/// </summary>
internal sealed class SpanRecorder : IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;
    private readonly Activity _root;

    public SpanRecorder()
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
    }

    /// <summary>The spans stopped so far, in the order they ended.</summary>
    public IReadOnlyList<Activity> Spans => [.. _spans];

    /// <summary>The one span of a name.</summary>
    public Activity Single(string name) => Assert.Single(Spans, span => span.OperationName == name);

    public void Dispose()
    {
        _listener.Dispose();
        _root.Stop();
    }
}
