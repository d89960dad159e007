using System.Diagnostics;
using ImageryContracts.DataCosmos.Catalogue;
using ImageryContracts.Http;
using ImageryContracts.Telemetry;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.Telemetry;

namespace ImageryContracts.DataCosmos.Tests;

public sealed class FacadeTelemetryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("datacosmos-telemetry-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Price_order_checkout_and_poll_are_spans_of_the_kit_with_the_vendor()
    {
        await using var harness = await FacadeHarness.StartAsync();
        using var telemetry = new TelemetryCapture();
        var item = DataCosmosCatalogueItem.Sentinel2;

        await harness.Ordering.PriceAsync(item.Collection, item.Item);
        var created = await harness.Ordering.PlaceOrderAsync(FacadeHarness.LineItem(item));
        await harness.Ordering.CheckoutAsync(created.Order.Id!.Value);
        await harness.Ordering.WaitUntilPaidAsync(created.Order.Id!.Value);

        Assert.Equal(
            [ImageryTelemetry.PriceSpan, ImageryTelemetry.OrderSpan, ImageryTelemetry.CheckoutSpan, ImageryTelemetry.PollSpan],
            telemetry.Spans.Select(span => span.OperationName));
        Assert.All(telemetry.Spans, span => Assert.Equal("DataCosmos", span.GetTagItem(ImageryTelemetry.VendorAttribute)));
        Assert.Equal(created.Order.Id.ToString(), Assert.Single(telemetry.SpansNamed(ImageryTelemetry.OrderSpan)).GetTagItem(ImageryTelemetry.OrderIdAttribute));
    }

    [Fact]
    public async Task A_search_is_one_span_over_every_page_it_reads_with_the_pages_and_images()
    {
        await using var harness = await FacadeHarness.StartAsync();
        using var telemetry = new TelemetryCapture();

        var images = await harness.Ordering.SearchAsync(FacadeSearchTests.Toulouse, FacadeSearchTests.From, FacadeSearchTests.To, options: new DataCosmosSearchOptions { PageSize = 7 }).ToListAsync();

        var search = Assert.Single(telemetry.SpansNamed(ImageryTelemetry.SearchSpan));
        var pages = harness.Simulator.Requests.To("POST /v0/stac/search").Count;
        Assert.True(pages > 1, $"{pages} page(s): the search must page");
        Assert.Equal<object?>(["DataCosmos", pages, images.Count], [search.GetTagItem(ImageryTelemetry.VendorAttribute), search.GetTagItem(ImageryTelemetry.SearchPagesAttribute), search.GetTagItem(ImageryTelemetry.SearchItemsAttribute)]);
    }

    [Fact]
    public async Task A_search_refused_ends_its_span_in_error()
    {
        await using var harness = await FacadeHarness.StartAsync();
        using var telemetry = new TelemetryCapture();
        harness.Simulator.Faults.Next(1, "POST /v0/stac/search", new Fault(FaultKind.HtmlErrorPage));

        await Assert.ThrowsAsync<ImageryApiException>(() => harness.Ordering.SearchAsync(FacadeSearchTests.Toulouse, FacadeSearchTests.From, FacadeSearchTests.To).ToListAsync().AsTask());

        var search = Assert.Single(telemetry.SpansNamed(ImageryTelemetry.SearchSpan));
        Assert.Equal(ActivityStatusCode.Error, search.Status);
        Assert.Equal<object?>(["UnreadableResponse", 0, 0], [search.GetTagItem(ImageryTelemetry.ErrorTypeAttribute), search.GetTagItem(ImageryTelemetry.SearchPagesAttribute), search.GetTagItem(ImageryTelemetry.SearchItemsAttribute)]);
    }

    [Fact]
    public async Task Each_asset_downloaded_is_a_span_and_the_bytes_counted_are_the_files_sizes()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var image = await FacadeImageOrderTests.FirstMantisImageAsync(harness);
        var created = await harness.Ordering.PlaceOrderAsync(image);
        await harness.Ordering.CheckoutAsync(created.Order.Id!.Value);
        var paid = await harness.Ordering.WaitUntilPaidAsync(created.Order.Id!.Value);
        using var telemetry = new TelemetryCapture();

        var download = await harness.Ordering.DownloadAsync(paid, _folder);

        var files = download.Assets.Select(asset => asset.File!).ToList();
        Assert.True(files.Count > 1, $"{files.Count} asset(s)");
        Assert.Equal(files.Sum(file => new FileInfo(file.Path).Length), telemetry.Total(ImageryTelemetry.DownloadedBytesCounter, "DataCosmos"));
        var spans = telemetry.SpansNamed(ImageryTelemetry.DownloadSpan);
        Assert.Equal(files.Count, spans.Count);
        Assert.All(spans, span => Assert.Equal("DataCosmos", span.GetTagItem(ImageryTelemetry.VendorAttribute)));
        Assert.Equal(files.Select(file => file.Length).Order(), spans.Select(span => (long)span.GetTagItem(ImageryTelemetry.FileSizeAttribute)!).Order());
    }
}
