using ImageryContracts.OneAtlas;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.OneAtlas;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace ImageryContracts.Testing.Tests.Contract;

/// <summary>
/// The generated OneAtlas client (our generator's reading of the spec) against the simulator (NSwag's reading of the
/// same spec): a misreading on either side fails a round trip here.
/// </summary>
public sealed class OneAtlasClientContractTests
{
    [Fact]
    public async Task A_product_is_priced_ordered_and_followed_to_delivered_through_the_generated_client()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        var client = await ConnectAsync(sim);
        var request = ToulouseRequest(OneAtlasCatalogueItem.ToulousePleiades.Id);

        var price = await client.Api.V1.Prices.PostAsync(request);
        var order = await client.Api.V1.Orders.PostAsync(request);
        var statuses = new List<OrderStatus?>();
        while (statuses.LastOrDefault() != OrderStatus.Delivered && statuses.Count < 5)
        {
            statuses.Add((await client.Api.V1.Orders[order!.Id!.Value].GetAsync())!.Status);
        }

        var page = await client.Api.V1.Orders.GetAsync(config => config.QueryParameters.Status = OrderStatus.Delivered);

        Assert.Equal(222, price!.Price!.Amount);
        Assert.False(price.Price.IsAmountEstimated);
        Assert.Equal(31.74, price.Price.AreaKm2);
        Assert.Equal(OrderStatus.Ordered, order!.Status);
        Assert.Equal("processing", Assert.Single(order.Deliveries!).Status);
        Assert.Equal([OrderStatus.Ordered, OrderStatus.Delivered], statuses);
        Assert.Equal(order.Id, Assert.Single(page!.Items!).Id);
        Assert.Equal(1, page.TotalResults);
        Assert.Single(sim.Requests.CreatedOrders);
    }

    [Fact]
    public async Task A_rule_the_simulator_enforces_arrives_as_the_typed_vendor_error()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        var client = await ConnectAsync(sim);
        var request = ToulouseRequest(OneAtlasCatalogueItem.ToulousePleiadesNeo.Id);

        var error = await Assert.ThrowsAsync<ApiError>(() => client.Api.V1.Orders.PostAsync(request));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Contains("productType 'bundle' is accepted by SPOT, PHR only", error.Message);
        Assert.NotNull(error.CorrelationId);
    }

    [Fact]
    public async Task Kiotas_retry_handler_rides_out_an_injected_503_and_the_request_log_shows_both_attempts()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        var client = await ConnectAsync(sim);
        sim.Faults.Next(1, "GET /api/v1/orders", new Fault(FaultKind.ServiceUnavailable) { RetryAfter = TimeSpan.Zero });

        var page = await client.Api.V1.Orders.GetAsync();

        Assert.Equal(0, page!.TotalResults);
        Assert.Equal([503, 200], sim.Requests.To("GET /api/v1/orders").Select(request => request.StatusCode));
    }

    [Fact]
    public async Task A_fault_that_outlasts_the_retries_arrives_as_the_typed_vendor_error_with_its_status()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        var client = await ConnectAsync(sim);
        sim.Faults.Next(10, "GET /api/v1/orders", new Fault(FaultKind.InternalServerError));

        var error = await Assert.ThrowsAsync<ApiError>(() => client.Api.V1.Orders.GetAsync());

        Assert.Equal(500, error.ResponseStatusCode);
        Assert.Equal(500, error.InternalCode);
    }

    private static async Task<OneAtlasClient> ConnectAsync(OneAtlasSimulator sim)
    {
        var anonymous = new OneAtlasClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()) { BaseUrl = sim.BaseUrl });
        var token = await anonymous.Auth.Realms.Idp.Protocol.OpenidConnect.Token.WithUrl(sim.TokenUrl).PostAsync(
            new TokenRequest { Apikey = sim.ApiKey, GrantType = TokenRequestGrantType.ApiKey, ClientId = TokenRequestClientId.Idp });
        var bearer = new BaseBearerTokenAuthenticationProvider(new StaticAccessTokenProvider(token!.AccessToken!, new Uri(sim.BaseUrl).Host));
        return new OneAtlasClient(new HttpClientRequestAdapter(bearer) { BaseUrl = sim.BaseUrl });
    }

    private static OrderRequest ToulouseRequest(Guid itemId) => new()
    {
        Kind = OrderKind.DataProduct,
        Products =
        [
            new Product
            {
                Id = itemId,
                ProductType = ProductType.Bundle,
                RadiometricProcessing = RadiometricProcessing.Reflectance,
                ImageFormat = ImageFormat.Jp2,
                CrsCode = CrsCode.Wgs84,
                Aoi = new Polygon
                {
                    Type = PolygonType.Polygon,
                    Coordinates =
                    [
                        [
                            [1.4089965820312502, 43.59829500262717],
                            [1.4089965820312502, 43.63408731864001],
                            [1.5078735351562496, 43.63408731864001],
                            [1.5078735351562496, 43.59829500262717],
                            [1.4089965820312502, 43.59829500262717],
                        ],
                    ],
                },
            },
        ],
    };
}
