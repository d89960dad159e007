using System.Net;
using ImageryContracts.ClientTestKit;
using ImageryContracts.DataCosmos.Models;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>
/// Calls through <see cref="HttpClientRequestAdapter"/> against an in-memory handler that answers with the fixtures:
/// typed results, and the vendor's error envelope as the typed <see cref="ErrorEnvelope"/> exception.
/// </summary>
public sealed class ClientEndToEndTests
{
    private const string DataApi = "https://app.open-cosmos.com/api/data";

    private readonly StubHttpHandler _server = new();
    private readonly DataCosmosClient _client;

    public ClientEndToEndTests() =>
        _client = new DataCosmosClient(AnonymousAdapter.Create(_server));

    [Fact]
    public async Task Policies_return_the_contracts()
    {
        _server.Respond(HttpMethod.Get, DataApi + "/v1/dpap/organisations/434/policies", HttpStatusCode.OK, Fixtures.Read("datacosmos/policies-response.json"));

        var policies = await _client.V1.Dpap.Organisations[434].Policies.GetAsync();

        var policy = Assert.Single(policies!.Data!);
        Assert.Equal(42, policy.ContractId);
        Assert.True(policy.DefaultContract);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), policy.OrderStartDateUtc);
    }

    [Fact]
    public async Task Create_order_returns_the_paid_order()
    {
        _server.Respond(HttpMethod.Post, DataApi + "/v0/order/orders", HttpStatusCode.OK, Fixtures.Read("datacosmos/create-order-response-paid.json"));
        var body = await KiotaJson.ParseAsync(Fixtures.Read("datacosmos/create-order-request.json"), CreateOrderRequest.CreateFromDiscriminatorValue);

        var envelope = await _client.V0.Order.Orders.PostAsync(body);

        Assert.Equal(OrderStatus.Paid, envelope!.Data!.Status);
        JsonAssert.Equivalent(Fixtures.Read("datacosmos/create-order-request.json"), Assert.Single(_server.Received).Body!);
    }

    [Fact]
    public async Task Too_few_credits_arrive_as_the_typed_error_envelope()
    {
        _server.Respond(HttpMethod.Post, DataApi + "/v0/order/orders", HttpStatusCode.PaymentRequired, Fixtures.Read("datacosmos/error-envelope.json"));
        var body = await KiotaJson.ParseAsync(Fixtures.Read("datacosmos/create-order-request.json"), CreateOrderRequest.CreateFromDiscriminatorValue);

        var error = await Assert.ThrowsAsync<ErrorEnvelope>(() => _client.V0.Order.Orders.PostAsync(body));

        Assert.Equal(402, error.ResponseStatusCode);
        Assert.Equal("Insufficient credits to complete the order", error.Message);
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", Assert.Single(error.Errors!).TraceId);
    }

    [Fact]
    public async Task A_refused_token_arrives_as_the_typed_token_error()
    {
        _server.Respond(HttpMethod.Post, "https://login.open-cosmos.com/oauth/token", HttpStatusCode.Unauthorized, """{"error":"access_denied","error_description":"Unauthorized"}""");

        var error = await Assert.ThrowsAsync<TokenError>(() => _client.Oauth.Token.PostAsync(
            new TokenRequest { ClientId = "id", ClientSecret = "secret", Audience = TokenRequestAudience.DataCosmos, GrantType = TokenRequestGrantType.ClientCredentials }));

        Assert.Equal(401, error.ResponseStatusCode);
        Assert.Equal("access_denied", error.Error);
        Assert.Equal("Unauthorized", error.Message);
    }

    [Fact]
    public async Task Checkout_returns_the_payment_outcome()
    {
        var orderId = Guid.Parse("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
        _server.Respond(HttpMethod.Post, $"{DataApi}/v0/order/orders/{orderId}/checkout", HttpStatusCode.OK, """{"data":{"checkout_url":"","status":"PAID","payment_method":"NOT_REQUIRED"},"errors":[]}""");

        var result = await _client.V0.Order.Orders[orderId].Checkout.PostAsync();

        Assert.Equal("", result!.Data!.CheckoutUrl);
        Assert.Equal(OrderStatus.Paid, result.Data.Status);
    }
}
