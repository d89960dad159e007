using System.Diagnostics;
using ImageryContracts.Http;
using ImageryContracts.Ordering;
using ImageryContracts.Telemetry;
using ImageryContracts.Testing.Telemetry;

namespace ImageryContracts.Core.Tests.Telemetry;

/// <summary>The kit's counters and spans, read with an in-memory <see cref="TelemetryCapture"/> (this test's trace only).</summary>
public sealed class TracedCallTests
{
    private const string Vendor = "Vendor";

    [Fact]
    public async Task Each_outcome_of_an_order_creation_is_counted_once_under_its_own_name()
    {
        using var telemetry = new TelemetryCapture();
        await TracedCall.CreateOrderAsync(Vendor, () => Task.FromResult(new OrderCreationResult<string>("o-1", "ref-1", 1, FoundByLookup: false)), order => order);
        await TracedCall.CreateOrderAsync(Vendor, () => Task.FromResult(new OrderCreationResult<string>("o-2", "ref-2", 2, FoundByLookup: true)), order => order);
        await TracedCall.CreateOrderAsync(Vendor, () => Task.FromResult(new OrderCreationResult<string>("o-3", "ref-3", 1, FoundByLookup: false)), order => order);
        await Assert.ThrowsAsync<ImageryApiException>(() => TracedCall.CreateOrderAsync<string>(Vendor, () => throw Refusal(), order => order));
        await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => TracedCall.CreateOrderAsync<string>(
            Vendor, () => throw new OrderOutcomeUnknownException("ref-5", 1, Refusal(), Refusal()), order => order));

        Assert.Equal(
            (2, 1, 1, 1),
            (telemetry.Total(ImageryTelemetry.OrdersCreatedCounter, Vendor), telemetry.Total(ImageryTelemetry.OrdersFoundByLookupCounter, Vendor),
                telemetry.Total(ImageryTelemetry.OrdersRefusedCounter, Vendor), telemetry.Total(ImageryTelemetry.OrdersUnknownCounter, Vendor)));
        Assert.Equal(5, telemetry.SpansNamed(ImageryTelemetry.OrderSpan).Count);
    }

    [Fact]
    public void Downloaded_bytes_are_counted_in_bytes()
    {
        using var telemetry = new TelemetryCapture();
        ImageryTelemetry.RecordDownloadedBytes(Vendor, 1500);
        ImageryTelemetry.RecordDownloadedBytes(Vendor, 500);

        Assert.Equal(2000, telemetry.Total(ImageryTelemetry.DownloadedBytesCounter, Vendor));
    }

    [Fact]
    public async Task A_failed_operation_ends_its_span_in_error_with_the_failure_kind_or_the_exception_type()
    {
        using var telemetry = new TelemetryCapture();
        await Assert.ThrowsAsync<ImageryApiException>(() => TracedCall.RunAsync<int>(ImageryTelemetry.CheckoutSpan, Vendor, () => throw Refusal()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => TracedCall.RunAsync<int>(ImageryTelemetry.DownloadSpan, Vendor, () => throw new InvalidOperationException("disk full")));
        var ok = await TracedCall.RunAsync(ImageryTelemetry.PriceSpan, Vendor, () => Task.FromResult(42), (span, value) => span.SetTag("answer", value));

        Assert.Equal(42, ok);
        var spans = telemetry.Spans.ToDictionary(span => span.OperationName);
        Assert.Equal(ActivityStatusCode.Error, spans[ImageryTelemetry.CheckoutSpan].Status);
        Assert.Equal("ErrorStatus", spans[ImageryTelemetry.CheckoutSpan].GetTagItem("error.type"));
        Assert.Equal("System.InvalidOperationException", spans[ImageryTelemetry.DownloadSpan].GetTagItem("error.type"));
        Assert.Equal("disk full", spans[ImageryTelemetry.DownloadSpan].StatusDescription);
        Assert.Equal(ActivityStatusCode.Unset, spans[ImageryTelemetry.PriceSpan].Status);
        Assert.Equal(42, spans[ImageryTelemetry.PriceSpan].GetTagItem("answer"));
        Assert.All(spans.Values, span => Assert.Equal(Vendor, span.GetTagItem(ImageryTelemetry.VendorAttribute)));
    }

    [Fact]
    public async Task A_search_is_one_span_over_all_its_pages_each_read_under_it_ending_with_the_pages_and_items()
    {
        using var telemetry = new TelemetryCapture();
        var readUnder = new List<string?>();

        var items = await TracedCall.SearchAsync(Vendor, pageRead => Pages(3, 2, pageRead, readUnder)).ToListAsync();

        Assert.Equal(6, items.Count);
        var search = Assert.Single(telemetry.SpansNamed(ImageryTelemetry.SearchSpan));
        Assert.Equal([search.SpanId.ToHexString(), search.SpanId.ToHexString(), search.SpanId.ToHexString()], readUnder);
        Assert.Equal((3, 6, Vendor), (search.GetTagItem(ImageryTelemetry.SearchPagesAttribute), search.GetTagItem(ImageryTelemetry.SearchItemsAttribute), search.GetTagItem(ImageryTelemetry.VendorAttribute)));
        Assert.Equal(ActivityStatusCode.Unset, search.Status);
    }

    [Fact]
    public async Task A_search_abandoned_after_its_first_item_ends_its_span_there_and_never_lends_it_to_the_caller()
    {
        using var telemetry = new TelemetryCapture();
        var callerSees = new List<string?>();
        await foreach (var _ in TracedCall.SearchAsync(Vendor, pageRead => Pages(3, 2, pageRead, [])))
        {
            callerSees.Add(Activity.Current?.OperationName);
            Assert.Empty(telemetry.SpansNamed(ImageryTelemetry.SearchSpan));
            break;
        }

        var search = Assert.Single(telemetry.SpansNamed(ImageryTelemetry.SearchSpan));
        Assert.Equal(["test"], callerSees);
        Assert.Equal((1, 1), (search.GetTagItem(ImageryTelemetry.SearchPagesAttribute), search.GetTagItem(ImageryTelemetry.SearchItemsAttribute)));
        Assert.Equal(ActivityStatusCode.Unset, search.Status);
    }

    [Fact]
    public async Task A_search_whose_second_page_fails_ends_its_span_in_error_with_what_was_read()
    {
        using var telemetry = new TelemetryCapture();
        var results = TracedCall.SearchAsync(Vendor, pageRead => Pages(3, 2, pageRead, [], failAtPage: 2));

        await Assert.ThrowsAsync<ImageryApiException>(() => results.ToListAsync().AsTask());

        var search = Assert.Single(telemetry.SpansNamed(ImageryTelemetry.SearchSpan));
        Assert.Equal(ActivityStatusCode.Error, search.Status);
        Assert.Equal("ErrorStatus", search.GetTagItem(ImageryTelemetry.ErrorTypeAttribute));
        Assert.Equal((1, 2), (search.GetTagItem(ImageryTelemetry.SearchPagesAttribute), search.GetTagItem(ImageryTelemetry.SearchItemsAttribute)));
    }

    [Fact]
    public async Task A_search_not_enumerated_records_no_span()
    {
        using var telemetry = new TelemetryCapture();
        var results = TracedCall.SearchAsync(Vendor, pageRead => Pages(3, 2, pageRead, []));
        await results.GetAsyncEnumerator().DisposeAsync();

        Assert.Empty(telemetry.Spans);
    }

    // Pages of items read asynchronously, as a vendor's pages are, noting the span each page is read under.
    private static async IAsyncEnumerable<int> Pages(int pages, int perPage, Action pageRead, List<string?> readUnder, int failAtPage = 0)
    {
        for (var page = 1; page <= pages; page++)
        {
            await Task.Yield();
            if (page == failAtPage)
            {
                throw Refusal();
            }

            readUnder.Add(Activity.Current?.SpanId.ToHexString());
            pageRead();
            for (var item = 0; item < perPage; item++)
            {
                yield return (page * perPage) + item;
            }
        }
    }

    private static ImageryApiException Refusal() =>
        new("refused", null) { Kind = ImageryFailureKind.ErrorStatus, Vendor = Vendor, Operation = "createOrder", StatusCode = 400 };
}
