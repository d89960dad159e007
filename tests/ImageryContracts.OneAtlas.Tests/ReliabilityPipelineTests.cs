using ImageryContracts.Http;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.OneAtlas;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>
/// The pipeline <c>AddOneAtlas</c> registers, counted at the simulator: one retry layer, order creation never resent by
/// it, and the standard resilience options reachable the standard way without lifting that rule.
/// </summary>
public sealed class ReliabilityPipelineTests
{
    private const string PriceRoute = "POST /api/v1/prices";
    private const string CreateRoute = "POST /api/v1/orders";

    private static OrderRequest ToulouseRequest => new()
    {
        Kind = OrderKind.DataProduct,
        Products = [FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades)],
    };

    [Fact]
    public async Task One_layer_retries_a_price_so_the_vendor_sees_retries_plus_one_requests()
    {
        await using var harness = await FacadeHarness.StartAsync(settings: new Dictionary<string, string?> { ["OneAtlas:Http:Retries"] = "2" });
        harness.Simulator.Faults.Next(10, PriceRoute, new Fault(FaultKind.ServiceUnavailable) { RetryAfter = TimeSpan.Zero });

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => harness.Ordering.PriceAsync(ToulouseRequest));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, harness.Simulator.Requests.To(PriceRoute).Count);
    }

    [Fact]
    public async Task The_pipeline_never_resends_an_order_so_each_post_is_one_decision_of_the_facade()
    {
        await using var harness = await FacadeHarness.StartAsync();
        harness.Simulator.Faults.Next(1, CreateRoute, new Fault(FaultKind.ServiceUnavailable) { RetryAfter = TimeSpan.Zero });

        var created = await harness.Ordering.PlaceOrderAsync(ToulouseRequest, clientReference: null);

        Assert.Equal(2, created.SendAttempts);
        Assert.Equal(2, harness.Simulator.Requests.To(CreateRoute).Count);
        Assert.Single(harness.Simulator.Requests.CreatedOrders);
    }

    [Fact]
    public async Task A_team_tunes_the_standard_options_by_name_and_still_cannot_make_an_order_resend()
    {
        await using var harness = await FacadeHarness.StartAsync(configure: services =>
            services.Configure<HttpStandardResilienceOptions>(ImageryResilience.PipelineName(OneAtlasServiceCollectionExtensions.DataClientName), options =>
            {
                options.Retry.MaxRetryAttempts = 1;
                options.Retry.ShouldHandle = _ => ValueTask.FromResult(true);
            }));
        harness.Simulator.Faults.Next(10, PriceRoute, new Fault(FaultKind.ServiceUnavailable) { RetryAfter = TimeSpan.Zero });
        harness.Simulator.Faults.Next(1, CreateRoute, new Fault(FaultKind.ServiceUnavailable) { RetryAfter = TimeSpan.Zero, AfterProcessing = true });

        await Assert.ThrowsAsync<ImageryApiException>(() => harness.Ordering.PriceAsync(ToulouseRequest));
        var created = await harness.Ordering.PlaceOrderAsync(ToulouseRequest, clientReference: null);

        Assert.Equal(2, harness.Simulator.Requests.To(PriceRoute).Count);
        Assert.True(created.FoundByLookup);
        Assert.Single(harness.Simulator.Requests.To(CreateRoute));
        Assert.Single(harness.Simulator.Requests.CreatedOrders);
    }
}
