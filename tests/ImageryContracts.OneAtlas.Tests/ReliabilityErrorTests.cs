using ImageryContracts.Http;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.OneAtlas;

namespace ImageryContracts.OneAtlas.Tests;

public sealed class ReliabilityErrorTests
{
    private static OrderRequest ToulouseRequest => new()
    {
        Kind = OrderKind.DataProduct,
        Products = [FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades)],
    };

    [Fact]
    public async Task An_html_error_page_is_a_typed_error_quoting_the_page()
    {
        await using var harness = await FacadeHarness.StartAsync();
        harness.Simulator.Faults.Next(1, "POST /api/v1/prices", new Fault(FaultKind.HtmlErrorPage));

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => harness.Ordering.PriceAsync(ToulouseRequest));

        Assert.Equal(ImageryFailureKind.UnreadableResponse, error.Kind);
        Assert.Equal(502, error.StatusCode);
        Assert.Equal("getPrice", error.Operation);
        Assert.Contains("<h1>502 Bad Gateway</h1>", error.RawBody);
        Assert.Contains("OneAtlas getPrice got an answer it cannot read (HTTP 502, content type text/html", error.Message);
    }

    [Fact]
    public async Task Malformed_json_is_a_typed_error_never_a_json_exception()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var placed = await harness.Ordering.PlaceOrderAsync(FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades));
        harness.Simulator.Faults.Next(1, "GET /api/v1/orders/{orderId}", new Fault(FaultKind.MalformedJson));

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => harness.Ordering.WaitForDeliveryAsync(placed.Order.Id!.Value));

        Assert.Equal(ImageryFailureKind.UnreadableResponse, error.Kind);
        Assert.Equal(200, error.StatusCode);
        Assert.Contains("\"status\": \"ord", error.RawBody);
    }

    [Fact]
    public async Task A_lost_creation_answer_as_malformed_json_is_settled_by_the_lookup_without_a_second_order()
    {
        await using var harness = await FacadeHarness.StartAsync();
        harness.Simulator.Faults.Next(1, "POST /api/v1/orders", new Fault(FaultKind.MalformedJson) { AfterProcessing = true });

        var placed = await harness.Ordering.PlaceOrderAsync(ToulouseRequest, clientReference: null);

        Assert.True(placed.FoundByLookup);
        Assert.Equal(placed.Order.Id.ToString(), Assert.Single(harness.Simulator.Requests.CreatedOrders).CreatedOrderId);
    }

    [Fact]
    public async Task An_html_page_instead_of_the_creation_answer_is_resent_only_after_the_lookup_finds_nothing()
    {
        await using var harness = await FacadeHarness.StartAsync();
        harness.Simulator.Faults.Next(1, "POST /api/v1/orders", new Fault(FaultKind.HtmlErrorPage));

        var placed = await harness.Ordering.PlaceOrderAsync(ToulouseRequest, clientReference: null);

        Assert.Equal(2, placed.SendAttempts);
        Assert.Single(harness.Simulator.Requests.CreatedOrders);
        Assert.Equal(["POST /api/v1/orders", "GET /api/v1/orders", "POST /api/v1/orders"],
            harness.Simulator.Requests.Where(recorded => recorded.Path.StartsWith("/api/v1/orders", StringComparison.Ordinal)).Select(recorded => $"{recorded.Method} {recorded.Path}"));
    }

    [Fact]
    public async Task A_vendor_refusal_is_typed_with_the_vendor_error_body_and_not_resent()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var unknownItem = FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades);
        unknownItem.Id = Guid.Parse("00000000-0000-4000-8000-000000000001");

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => harness.Ordering.PlaceOrderAsync(unknownItem));

        Assert.Equal(ImageryFailureKind.ErrorStatus, error.Kind);
        Assert.InRange(error.StatusCode!.Value, 400, 499);
        var body = Assert.IsType<ApiError>(error.VendorError);
        Assert.NotNull(body.CorrelationId);
        Assert.Equal(body.CorrelationId, error.RequestId);
        Assert.Contains("00000000-0000-4000-8000-000000000001", error.Message);
        Assert.Single(harness.Simulator.Requests, recorded => recorded.Path == "/api/v1/orders");
    }

    [Fact]
    public async Task A_wrong_api_key_is_a_typed_401_from_the_token_exchange()
    {
        await using var harness = await FacadeHarness.StartAsync(settings: new Dictionary<string, string?> { ["OneAtlas:ApiKey"] = "not-a-key" });

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => harness.Ordering.PriceAsync(ToulouseRequest));

        Assert.Equal("getAccessToken", error.Operation);
        Assert.Equal(401, error.StatusCode);
        Assert.Contains("check the API key", error.Message);
        Assert.DoesNotContain("not-a-key", error.Message);
    }
}
