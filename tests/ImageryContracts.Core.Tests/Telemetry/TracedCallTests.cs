using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using ImageryContracts.Http;
using ImageryContracts.Ordering;
using ImageryContracts.Telemetry;

namespace ImageryContracts.Core.Tests.Telemetry;

/// <summary>
/// The kit's counters and spans, read with an in-memory <see cref="MeterListener"/> and <see cref="ActivityListener"/>.
/// Each test uses a vendor name of its own, so tests running in parallel do not count each other's orders.
/// </summary>
public sealed class TracedCallTests : IDisposable
{
    private readonly string _vendor = $"Vendor{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<string, long> _counts = new();
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _activities;

    public TracedCallTests()
    {
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ImageryTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == ImageryTelemetry.VendorAttribute && Equals(tag.Value, _vendor))
                {
                    _counts.AddOrUpdate($"{instrument.Name} {instrument.Unit}", value, (_, sum) => sum + value);
                }
            }
        });
        _meters.Start();
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ImageryTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem(ImageryTelemetry.VendorAttribute), _vendor))
                {
                    _spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);
    }

    [Fact]
    public async Task Each_outcome_of_an_order_creation_is_counted_once_under_its_own_name()
    {
        await TracedCall.CreateOrderAsync(_vendor, () => Task.FromResult(new OrderCreationResult<string>("o-1", "ref-1", 1, FoundByLookup: false)), order => order);
        await TracedCall.CreateOrderAsync(_vendor, () => Task.FromResult(new OrderCreationResult<string>("o-2", "ref-2", 2, FoundByLookup: true)), order => order);
        await TracedCall.CreateOrderAsync(_vendor, () => Task.FromResult(new OrderCreationResult<string>("o-3", "ref-3", 1, FoundByLookup: false)), order => order);
        await Assert.ThrowsAsync<ImageryApiException>(() => TracedCall.CreateOrderAsync<string>(_vendor, () => throw Refusal(), order => order));
        await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => TracedCall.CreateOrderAsync<string>(
            _vendor, () => throw new OrderOutcomeUnknownException("ref-5", 1, Refusal(), Refusal()), order => order));

        Assert.Equal(
            new Dictionary<string, long>
            {
                ["imagery.orders.created {order}"] = 2,
                ["imagery.orders.found_by_lookup {order}"] = 1,
                ["imagery.orders.refused {order}"] = 1,
                ["imagery.orders.unknown {order}"] = 1,
            },
            _counts);
        Assert.Equal(5, _spans.Count(span => span.OperationName == ImageryTelemetry.OrderSpan));
    }

    [Fact]
    public void Downloaded_bytes_are_counted_in_bytes()
    {
        ImageryTelemetry.RecordDownloadedBytes(_vendor, 1500);
        ImageryTelemetry.RecordDownloadedBytes(_vendor, 500);

        Assert.Equal(2000, _counts["imagery.download.bytes By"]);
    }

    [Fact]
    public async Task A_failed_operation_ends_its_span_in_error_with_the_failure_kind_or_the_exception_type()
    {
        await Assert.ThrowsAsync<ImageryApiException>(() => TracedCall.RunAsync<int>(ImageryTelemetry.SearchSpan, _vendor, () => throw Refusal()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => TracedCall.RunAsync<int>(ImageryTelemetry.DownloadSpan, _vendor, () => throw new InvalidOperationException("disk full")));
        var ok = await TracedCall.RunAsync(ImageryTelemetry.PriceSpan, _vendor, () => Task.FromResult(42), (span, value) => span.SetTag("answer", value));

        Assert.Equal(42, ok);
        var spans = _spans.ToDictionary(span => span.OperationName);
        Assert.Equal(ActivityStatusCode.Error, spans[ImageryTelemetry.SearchSpan].Status);
        Assert.Equal("ErrorStatus", spans[ImageryTelemetry.SearchSpan].GetTagItem("error.type"));
        Assert.Equal("System.InvalidOperationException", spans[ImageryTelemetry.DownloadSpan].GetTagItem("error.type"));
        Assert.Equal("disk full", spans[ImageryTelemetry.DownloadSpan].StatusDescription);
        Assert.Equal(ActivityStatusCode.Unset, spans[ImageryTelemetry.PriceSpan].Status);
        Assert.Equal(42, spans[ImageryTelemetry.PriceSpan].GetTagItem("answer"));
    }

    public void Dispose()
    {
        _meters.Dispose();
        _activities.Dispose();
    }

    private ImageryApiException Refusal() =>
        new("refused", null) { Kind = ImageryFailureKind.ErrorStatus, Vendor = _vendor, Operation = "createOrder", StatusCode = 400 };
}
