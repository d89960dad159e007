using System.Diagnostics;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.Telemetry;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.OneAtlas;
using ImageryContracts.Testing.Telemetry;

namespace ImageryContracts.OneAtlas.Tests;

public sealed class FacadeTelemetryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oneatlas-telemetry-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Price_order_and_poll_are_spans_of_the_kit_with_the_vendor_and_the_outcome()
    {
        await using var harness = await FacadeHarness.StartAsync();
        using var telemetry = new TelemetryCapture();
        var request = new OrderRequest { Kind = OrderKind.DataProduct, Products = [FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades)] };
        harness.Simulator.Faults.Next(1, "POST /api/v1/orders", new Fault(FaultKind.ConnectionReset) { AfterProcessing = true });

        await harness.Ordering.PriceAsync(request);
        var created = await harness.Ordering.PlaceOrderAsync(request, clientReference: "telemetry");
        await harness.Ordering.WaitForDeliveryAsync(created.Order.Id!.Value);

        Assert.Equal([ImageryTelemetry.PriceSpan, ImageryTelemetry.OrderSpan, ImageryTelemetry.PollSpan], telemetry.Spans.Select(span => span.OperationName));
        Assert.All(telemetry.Spans, span => Assert.Equal("OneAtlas", span.GetTagItem(ImageryTelemetry.VendorAttribute)));
        var order = Assert.Single(telemetry.SpansNamed(ImageryTelemetry.OrderSpan));
        Assert.Equal("tagged telemetry", order.GetTagItem(ImageryTelemetry.OrderReferenceAttribute));
        Assert.Equal(created.Order.Id.ToString(), order.GetTagItem(ImageryTelemetry.OrderIdAttribute));
        Assert.Equal(true, order.GetTagItem(ImageryTelemetry.FoundByLookupAttribute));
        Assert.Equal(1, order.GetTagItem(ImageryTelemetry.SendAttemptsAttribute));
        Assert.True((int)Assert.Single(telemetry.SpansNamed(ImageryTelemetry.PollSpan)).GetTagItem(ImageryTelemetry.PollAttemptsAttribute)! >= 1);
    }

    [Fact]
    public async Task A_refused_price_is_a_failed_span_with_the_error_type()
    {
        await using var harness = await FacadeHarness.StartAsync();
        using var telemetry = new TelemetryCapture();
        harness.Simulator.Faults.Next(1, "POST /api/v1/prices", new Fault(FaultKind.HtmlErrorPage));

        await Assert.ThrowsAsync<ImageryContracts.Http.ImageryApiException>(() => harness.Ordering.PriceAsync(
            new OrderRequest { Kind = OrderKind.DataProduct, Products = [FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades)] }));

        var price = Assert.Single(telemetry.SpansNamed(ImageryTelemetry.PriceSpan));
        Assert.Equal(ActivityStatusCode.Error, price.Status);
        Assert.Equal("UnreadableResponse", price.GetTagItem(ImageryTelemetry.ErrorTypeAttribute));
    }

    [Fact]
    public async Task A_search_is_one_span_over_every_page_it_reads_with_the_pages_and_images()
    {
        await using var harness = await FacadeHarness.StartAsync(settings: new Dictionary<string, string?> { ["OneAtlas:SearchPageSize"] = "20" });
        using var telemetry = new TelemetryCapture();

        var images = await harness.Ordering.SearchAsync(FacadeHarness.ToulouseAoi, DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow).ToListAsync();

        var search = Assert.Single(telemetry.SpansNamed(ImageryTelemetry.SearchSpan));
        var pages = harness.Simulator.Requests.To("POST /api/v2/opensearch").Count;
        Assert.True(pages > 1, $"{pages} page(s): the search must page");
        Assert.Equal<object?>(["OneAtlas", pages, images.Count], [search.GetTagItem(ImageryTelemetry.VendorAttribute), search.GetTagItem(ImageryTelemetry.SearchPagesAttribute), search.GetTagItem(ImageryTelemetry.SearchItemsAttribute)]);
        Assert.Equal(ActivityStatusCode.Unset, search.Status);
    }

    [Fact]
    public async Task Each_delivery_downloaded_is_a_span_and_the_bytes_counted_are_the_files_sizes_though_one_was_cut_and_resumed()
    {
        const long size = 200_000;
        await using var harness = await FacadeHarness.StartAsync(new OneAtlasSimulatorOptions { DownloadSize = size });
        var placed = await harness.Ordering.PlaceOrderAsync(
        [
            FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades),
            FacadeHarness.Product(OneAtlasCatalogueItem.ToulouseSpot, ProductType.Pansharpened, RadiometricProcessing.Display),
        ]);
        var order = await harness.Ordering.WaitForDeliveryAsync(placed.Order.Id!.Value);
        harness.Simulator.Faults.Next(1, "GET /api/v1/items/{catalogItemId}/download", new Fault(FaultKind.CutBody) { AfterBytes = 77_777 });
        using var telemetry = new TelemetryCapture();

        var outcomes = await harness.Ordering.DownloadAsync(order, _folder);

        var files = outcomes.Select(outcome => outcome.Result!).ToList();
        Assert.Equal(1, files.Sum(file => file.Resumes));
        Assert.Equal(files.Sum(file => new FileInfo(file.Path).Length), telemetry.Total(ImageryTelemetry.DownloadedBytesCounter, "OneAtlas"));
        Assert.Equal(2 * size, telemetry.Total(ImageryTelemetry.DownloadedBytesCounter, "OneAtlas"));
        var spans = telemetry.SpansNamed(ImageryTelemetry.DownloadSpan);
        Assert.Equal(files.Select(file => Path.GetFileName(file.Path)).Order(), spans.Select(span => (string)span.GetTagItem(ImageryTelemetry.FileNameAttribute)!).Order());
        Assert.All(spans, span => Assert.Equal<object?>(["OneAtlas", size], [span.GetTagItem(ImageryTelemetry.VendorAttribute), span.GetTagItem(ImageryTelemetry.FileSizeAttribute)]));
    }

    [Fact]
    public async Task Each_order_creation_against_the_simulator_is_counted_under_its_outcome()
    {
        await using var harness = await FacadeHarness.StartAsync();
        using var telemetry = new TelemetryCapture();
        var request = new OrderRequest { Kind = OrderKind.DataProduct, Products = [FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades)] };

        await harness.Ordering.PlaceOrderAsync(request, clientReference: null);
        harness.Simulator.Faults.Next(1, "POST /api/v1/orders", new Fault(FaultKind.ConnectionReset) { AfterProcessing = true });
        await harness.Ordering.PlaceOrderAsync(request, clientReference: null);
        var unknownProduct = FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades);
        unknownProduct.Id = Guid.NewGuid();
        var unknownItem = new OrderRequest { Kind = OrderKind.DataProduct, Products = [unknownProduct] };
        await Assert.ThrowsAsync<ImageryContracts.Http.ImageryApiException>(() => harness.Ordering.PlaceOrderAsync(unknownItem, clientReference: null));
        harness.Simulator.Faults.Next(1, "POST /api/v1/orders", new Fault(FaultKind.ConnectionReset) { AfterProcessing = true });
        harness.Simulator.Faults.Next(1000, "GET /api/v1/orders", new Fault(FaultKind.ServiceUnavailable) { RetryAfter = TimeSpan.Zero });
        await Assert.ThrowsAsync<ImageryContracts.Ordering.OrderOutcomeUnknownException>(() => harness.Ordering.PlaceOrderAsync(request, clientReference: null));

        Assert.Equal(
            [1L, 1L, 1L, 1L],
            new[] { ImageryTelemetry.OrdersCreatedCounter, ImageryTelemetry.OrdersFoundByLookupCounter, ImageryTelemetry.OrdersRefusedCounter, ImageryTelemetry.OrdersUnknownCounter }
                .Select(counter => telemetry.Total(counter, "OneAtlas")));
        Assert.Equal(4, telemetry.SpansNamed(ImageryTelemetry.OrderSpan).Count);
    }
}
