using System.Net;
using ImageryContracts.ClientTestKit;
using ImageryContracts.OneAtlas.Models;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>
/// Calls through <see cref="HttpClientRequestAdapter"/> against an in-memory handler that answers with the seed's
/// responses: the typed result arrives, and an error status arrives as the typed <see cref="ApiError"/>.
/// </summary>
public sealed class ClientEndToEndTests
{
    private const string DataApi = "https://data.api.oneatlas.airbus.com";

    private readonly StubHttpHandler _server = new();
    private readonly OneAtlasClient _client;

    public ClientEndToEndTests() =>
        _client = new OneAtlasClient(AnonymousAdapter.Create(_server));

    [Fact]
    public async Task Price_returns_the_seed_price()
    {
        _server.Respond(HttpMethod.Post, DataApi + "/api/v1/prices", HttpStatusCode.OK, Fixtures.Read("oneatlas/price-response.json"));
        var body = await KiotaJson.ParseAsync(Fixtures.Read("oneatlas/price-request-call.json"), OrderRequest.CreateFromDiscriminatorValue);

        var price = await _client.Api.V1.Prices.PostAsync(body);

        Assert.NotNull(price);
        Assert.Equal(222, price.Price!.Amount);
        Assert.Equal(31.73, price.Price.AreaKm2);
        Assert.False(price.Price.IsAmountEstimated);
        var (request, sent) = Assert.Single(_server.Received);
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
        JsonAssert.Equivalent(Fixtures.Read("oneatlas/price-request-call.json"), sent!);
    }

    [Fact]
    public async Task Order_creation_returns_the_created_order()
    {
        _server.Respond(HttpMethod.Post, DataApi + "/api/v1/orders", HttpStatusCode.Created, Fixtures.Read("oneatlas/order-response.json"));
        var body = await KiotaJson.ParseAsync(Fixtures.Read("oneatlas/order-request.json"), OrderRequest.CreateFromDiscriminatorValue);

        var order = await _client.Api.V1.Orders.PostAsync(body);

        Assert.Equal(OrderStatus.Ordered, order!.Status);
        Assert.Equal(Guid.Parse("fc77c5e2-bcb4-4375-9924-4632e1363930"), order.Id);
        Assert.Equal("processing", Assert.Single(order.Deliveries!).Status);
    }

    [Fact]
    public async Task Order_list_sends_the_filters_and_returns_the_page()
    {
        _server.Respond(HttpMethod.Get, DataApi + "/api/v1/orders", HttpStatusCode.OK, Fixtures.Read("oneatlas/orders-list-response.json"));

        var page = await _client.Api.V1.Orders.GetAsync(config =>
        {
            config.QueryParameters.Status = OrderStatus.Delivered;
            config.QueryParameters.ItemsPerPage = 1;
        });

        Assert.Equal(500, page!.TotalResults);
        Assert.True(page.CountLimitReached);
        Assert.Equal("?itemsPerPage=1&status=delivered", Assert.Single(_server.Received).Request.RequestUri!.Query);
    }

    [Fact]
    public async Task Deliveries_return_a_list()
    {
        var orderId = Guid.Parse("c7d0301b-188b-4476-8ccb-19882bfe0c6a");
        var order = await KiotaJson.ParseAsync(Fixtures.Read("oneatlas/orders-list-response.json"), OrderList.CreateFromDiscriminatorValue);
        var deliveries = KiotaJson.Serialize(order.Items![0]);
        var array = System.Text.Json.Nodes.JsonNode.Parse(deliveries)!["deliveries"]!.ToJsonString();
        _server.Respond(HttpMethod.Get, $"{DataApi}/api/v1/orders/{orderId}/deliveries", HttpStatusCode.OK, array);

        var result = await _client.Api.V1.Orders[orderId].Deliveries.GetAsync();

        Assert.Equal("delivered", Assert.Single(result!).Status);
    }

    [Fact]
    public async Task An_error_status_arrives_as_the_typed_error_with_status_and_body()
    {
        var body = """{"correlationId":"5c0a1b2c-3d4e-5f60-7182-93a4b5c6d7e8","hint":"Check the product parameters.","internalCode":400,"message":"Invalid request body","timestamp":1605873568000}""";
        _server.Respond(HttpMethod.Post, DataApi + "/api/v1/orders", HttpStatusCode.BadRequest, body);
        var request = await KiotaJson.ParseAsync(Fixtures.Read("oneatlas/order-request.json"), OrderRequest.CreateFromDiscriminatorValue);

        var error = await Assert.ThrowsAsync<ApiError>(() => _client.Api.V1.Orders.PostAsync(request));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("Invalid request body", error.Message);
        Assert.Equal("Check the product parameters.", error.Hint);
        Assert.Equal("5c0a1b2c-3d4e-5f60-7182-93a4b5c6d7e8", error.CorrelationId);
        Assert.Equal(1605873568000, error.Timestamp);
    }

    [Fact]
    public async Task A_server_error_maps_through_5XX_and_a_keycloak_body_gives_its_description()
    {
        _server.Respond(HttpMethod.Get, DataApi + "/api/v1/orders", HttpStatusCode.ServiceUnavailable, """{"error":"unavailable","error_description":"Try again later"}""");

        var error = await Assert.ThrowsAsync<ApiError>(() => _client.Api.V1.Orders.GetAsync());

        Assert.Equal(503, error.ResponseStatusCode);
        Assert.Equal("Try again later", error.Message);
    }

    [Fact]
    public async Task Token_exchange_goes_to_the_authentication_server_whatever_the_base_url()
    {
        var adapter = AnonymousAdapter.Create(_server);
        adapter.BaseUrl = "http://127.0.0.1:5080";
        var client = new OneAtlasClient(adapter);
        _server.Respond(
            HttpMethod.Post,
            "https://authenticate.foundation.api.oneatlas.airbus.com/auth/realms/IDP/protocol/openid-connect/token",
            HttpStatusCode.OK,
            """{"access_token":"eyJhbGciOiJSUzI1NiIsInR5cCIgOiAiSldUIn0.e30.c2lnbmF0dXJl","expires_in":3600,"refresh_expires_in":0,"token_type":"bearer","not-before-policy":0,"session_state":"8f2a6a0e","scope":""}""");

        var token = await client.Auth.Realms.Idp.Protocol.OpenidConnect.Token.PostAsync(
            new TokenRequest { Apikey = "my-api-key", GrantType = TokenRequestGrantType.ApiKey, ClientId = TokenRequestClientId.Idp });

        Assert.Equal(3600, token!.ExpiresIn);
        Assert.Equal(0, token.NotBeforePolicy);
        Assert.Equal("application/x-www-form-urlencoded", Assert.Single(_server.Received).Request.Content!.Headers.ContentType!.MediaType);
    }
}
