using ImageryContracts.FacadeTestKit;
using ImageryContracts.Telemetry;
using ImageryContracts.Testing.DataCosmos;

namespace ImageryContracts.DataCosmos.Tests;

public sealed class FacadeTelemetryTests
{
    [Fact]
    public async Task Price_order_checkout_and_poll_are_spans_of_the_kit_with_the_vendor()
    {
        await using var harness = await FacadeHarness.StartAsync();
        using var recorder = new TelemetryRecorder();
        var item = DataCosmosCatalogueItem.Sentinel2;

        await harness.Ordering.PriceAsync(item.Collection, item.Item);
        var created = await harness.Ordering.PlaceOrderAsync(FacadeHarness.LineItem(item));
        await harness.Ordering.CheckoutAsync(created.Order.Id!.Value);
        await harness.Ordering.WaitUntilPaidAsync(created.Order.Id!.Value);

        Assert.Equal(
            [ImageryTelemetry.PriceSpan, ImageryTelemetry.OrderSpan, ImageryTelemetry.CheckoutSpan, ImageryTelemetry.PollSpan],
            recorder.Spans.Select(span => span.OperationName));
        Assert.All(recorder.Spans, span => Assert.Equal("DataCosmos", span.GetTagItem(ImageryTelemetry.VendorAttribute)));
        Assert.Equal(created.Order.Id.ToString(), recorder.Single(ImageryTelemetry.OrderSpan).GetTagItem(ImageryTelemetry.OrderIdAttribute));
    }
}
