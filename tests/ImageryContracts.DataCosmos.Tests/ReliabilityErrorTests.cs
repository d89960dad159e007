using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Http;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.Faults;

namespace ImageryContracts.DataCosmos.Tests;

public sealed class ReliabilityErrorTests
{
    private static readonly DataCosmosCatalogueItem Sentinel2 = DataCosmosCatalogueItem.Sentinel2;

    [Fact]
    public async Task An_html_error_page_is_a_typed_error_quoting_the_page()
    {
        await using var harness = await FacadeHarness.StartAsync(settings: new Dictionary<string, string?> { ["DataCosmos:ContractId"] = "42" });
        harness.Simulator.Faults.Next(1, "GET /v1/dpap/policies/{policy_id}/catalog/price", new Fault(FaultKind.HtmlErrorPage));

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => harness.Ordering.PriceAsync(Sentinel2.Collection, Sentinel2.Item));

        Assert.Equal(ImageryFailureKind.UnreadableResponse, error.Kind);
        Assert.Equal(502, error.StatusCode);
        Assert.Contains("<h1>502 Bad Gateway</h1>", error.RawBody);
    }

    [Fact]
    public async Task Malformed_json_is_a_typed_error_never_a_json_exception()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var placed = await harness.Ordering.PlaceOrderAsync(FacadeHarness.LineItem(Sentinel2));
        harness.Simulator.Faults.Next(1, "GET /v0/order/orders/{order_id}", new Fault(FaultKind.MalformedJson));

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => harness.Ordering.GetOrderAsync(placed.Order.Id!.Value));

        Assert.Equal(ImageryFailureKind.UnreadableResponse, error.Kind);
        Assert.Equal(200, error.StatusCode);
    }

    [Fact]
    public async Task A_vendor_refusal_is_typed_with_the_error_envelope()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var placed = await harness.Ordering.PlaceOrderAsync(FacadeHarness.LineItem(Sentinel2));
        harness.Simulator.CancelOrder(placed.Order.Id!.Value);

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => harness.Ordering.CheckoutAsync(placed.Order.Id!.Value));

        Assert.Equal(409, error.StatusCode);
        var envelope = Assert.IsType<ErrorEnvelope>(error.VendorError);
        Assert.Contains("cannot be checked out", envelope.Errors![0].Message);
        Assert.Contains("cannot be checked out", error.Message);
    }

    [Fact]
    public async Task A_wrong_client_secret_is_a_typed_401_from_the_token_exchange()
    {
        await using var harness = await FacadeHarness.StartAsync(settings: new Dictionary<string, string?> { ["DataCosmos:ClientSecret"] = "wrong-secret" });

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => harness.Ordering.GetContractAsync());

        Assert.Equal("getAccessToken", error.Operation);
        Assert.Equal(401, error.StatusCode);
        Assert.IsType<TokenError>(error.VendorError);
        Assert.DoesNotContain("wrong-secret", error.Message);
    }
}
