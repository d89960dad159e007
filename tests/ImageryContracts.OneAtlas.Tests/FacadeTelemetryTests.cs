using System.Diagnostics;
using ImageryContracts.FacadeTestKit;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.Telemetry;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.OneAtlas;

namespace ImageryContracts.OneAtlas.Tests;

public sealed class FacadeTelemetryTests
{
    [Fact]
    public async Task Price_order_and_poll_are_spans_of_the_kit_with_the_vendor_and_the_outcome()
    {
        await using var harness = await FacadeHarness.StartAsync();
        using var recorder = new TelemetryRecorder();
        var request = new OrderRequest { Kind = OrderKind.DataProduct, Products = [FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades)] };
        harness.Simulator.Faults.Next(1, "POST /api/v1/orders", new Fault(FaultKind.ConnectionReset) { AfterProcessing = true });

        await harness.Ordering.PriceAsync(request);
        var created = await harness.Ordering.PlaceOrderAsync(request, clientReference: "telemetry");
        await harness.Ordering.WaitForDeliveryAsync(created.Order.Id!.Value);

        Assert.Equal([ImageryTelemetry.PriceSpan, ImageryTelemetry.OrderSpan, ImageryTelemetry.PollSpan], recorder.Spans.Select(span => span.OperationName));
        Assert.All(recorder.Spans, span => Assert.Equal("OneAtlas", span.GetTagItem(ImageryTelemetry.VendorAttribute)));
        var order = recorder.Single(ImageryTelemetry.OrderSpan);
        Assert.Equal("tagged telemetry", order.GetTagItem(ImageryTelemetry.OrderReferenceAttribute));
        Assert.Equal(created.Order.Id.ToString(), order.GetTagItem(ImageryTelemetry.OrderIdAttribute));
        Assert.Equal(true, order.GetTagItem(ImageryTelemetry.FoundByLookupAttribute));
        Assert.Equal(1, order.GetTagItem(ImageryTelemetry.SendAttemptsAttribute));
        Assert.True((int)recorder.Single(ImageryTelemetry.PollSpan).GetTagItem(ImageryTelemetry.PollAttemptsAttribute)! >= 1);
    }

    [Fact]
    public async Task A_refused_price_is_a_failed_span_with_the_error_type()
    {
        await using var harness = await FacadeHarness.StartAsync();
        using var recorder = new TelemetryRecorder();
        harness.Simulator.Faults.Next(1, "POST /api/v1/prices", new Fault(FaultKind.HtmlErrorPage));

        await Assert.ThrowsAsync<ImageryContracts.Http.ImageryApiException>(() => harness.Ordering.PriceAsync(
            new OrderRequest { Kind = OrderKind.DataProduct, Products = [FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades)] }));

        var price = recorder.Single(ImageryTelemetry.PriceSpan);
        Assert.Equal(ActivityStatusCode.Error, price.Status);
        Assert.Equal("UnreadableResponse", price.GetTagItem(ImageryTelemetry.ErrorTypeAttribute));
    }
}
