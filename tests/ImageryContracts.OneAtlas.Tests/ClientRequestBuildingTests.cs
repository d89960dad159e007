using ImageryContracts.ClientTestKit;
using ImageryContracts.OneAtlas.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>
/// For each operation, the request the generated client builds equals the vendor's example call (seed 000 and the facts
/// sheet): method, URL with query, Content-Type and JSON body. The examples' <c>Authorization</c> header comes from the
/// authentication provider, not from the request builders, and their <c>Cache-Control: no-cache</c> is a curl habit.
/// </summary>
public sealed class ClientRequestBuildingTests
{
    private const string DataApi = "https://data.api.oneatlas.airbus.com";
    private static readonly Guid OrderId = Guid.Parse("c7d0301b-188b-4476-8ccb-19882bfe0c6a");

    private readonly HttpClientRequestAdapter _adapter = AnonymousAdapter.Create();
    private readonly OneAtlasClient _client;

    public ClientRequestBuildingTests() => _client = new OneAtlasClient(_adapter);

    [Fact]
    public void The_base_url_defaults_to_the_spec_server() =>
        Assert.Equal(DataApi, _adapter.BaseUrl);

    [Fact]
    public async Task Price_is_the_seed_curl_call()
    {
        var body = await KiotaJson.ParseAsync(Fixtures.Read("oneatlas/price-request-call.json"), OrderRequest.CreateFromDiscriminatorValue);

        var request = _client.Api.V1.Prices.ToPostRequestInformation(body);

        RequestAssert.Matches(request, Method.POST, DataApi + "/api/v1/prices", "application/json", Fixtures.Read("oneatlas/price-request-call.json"));
    }

    [Fact]
    public void Order_built_from_typed_values_is_the_seed_curl_call()
    {
        var body = new OrderRequest
        {
            Kind = OrderKind.DataProduct,
            Products =
            [
                new Product
                {
                    ProductType = ProductType.Bundle,
                    RadiometricProcessing = RadiometricProcessing.Reflectance,
                    ImageFormat = ImageFormat.Jp2,
                    CrsCode = CrsCode.Wgs84,
                    Id = Guid.Parse("d42de348-110b-4ed6-a597-755867b3ee54"),
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

        var request = _client.Api.V1.Orders.ToPostRequestInformation(body);

        RequestAssert.Matches(request, Method.POST, DataApi + "/api/v1/orders", "application/json", Fixtures.Read("oneatlas/order-request.json"));
    }

    [Fact]
    public async Task Product_list_order_is_the_seed_body()
    {
        var json = Fixtures.Read("oneatlas/product-list-order-request.json");
        var body = await KiotaJson.ParseAsync(json, OrderRequest.CreateFromDiscriminatorValue);

        var request = _client.Api.V1.Orders.ToPostRequestInformation(body);

        RequestAssert.Matches(request, Method.POST, DataApi + "/api/v1/orders", "application/json", json);
    }

    [Fact]
    public void Order_list_with_filters_is_the_seed_curl_call()
    {
        var request = _client.Api.V1.Orders.ToGetRequestInformation(config =>
        {
            config.QueryParameters.Status = OrderStatus.Delivered;
            config.QueryParameters.Kind = "order.subscription.streaming";
            config.QueryParameters.Page = 1;
            config.QueryParameters.ItemsPerPage = 1;
        });

        RequestAssert.Matches(request, Method.GET, DataApi + "/api/v1/orders?status=delivered&kind=order.subscription.streaming&page=1&itemsPerPage=1");
    }

    [Fact]
    public void Order_list_without_filters_has_no_query() =>
        RequestAssert.Matches(_client.Api.V1.Orders.ToGetRequestInformation(), Method.GET, DataApi + "/api/v1/orders");

    [Fact]
    public void Order_lookup_is_the_order_self_link() =>
        RequestAssert.Matches(_client.Api.V1.Orders[OrderId].ToGetRequestInformation(), Method.GET, DataApi + "/api/v1/orders/c7d0301b-188b-4476-8ccb-19882bfe0c6a");

    [Fact]
    public void Cancel_is_the_order_cancel_link() =>
        RequestAssert.Matches(_client.Api.V1.Orders[OrderId].Cancel.ToPostRequestInformation(), Method.POST, DataApi + "/api/v1/orders/c7d0301b-188b-4476-8ccb-19882bfe0c6a/cancel");

    [Fact]
    public void Deliveries_is_the_order_deliveries_link() =>
        RequestAssert.Matches(_client.Api.V1.Orders[OrderId].Deliveries.ToGetRequestInformation(), Method.GET, DataApi + "/api/v1/orders/c7d0301b-188b-4476-8ccb-19882bfe0c6a/deliveries");

    [Fact]
    public void Delivery_lookup_is_the_delivery_self_link() =>
        RequestAssert.Matches(
            _client.Api.V1.Deliveries[Guid.Parse("f96b2b86-d0da-4e3f-8dde-31ecfbaa49f6")].ToGetRequestInformation(),
            Method.GET,
            DataApi + "/api/v1/deliveries/f96b2b86-d0da-4e3f-8dde-31ecfbaa49f6");

    [Fact]
    public void Token_exchange_is_the_documented_form_post_on_the_authentication_server()
    {
        var body = new TokenRequest { Apikey = "my-api-key", GrantType = TokenRequestGrantType.ApiKey, ClientId = TokenRequestClientId.Idp };

        var request = _client.Auth.Realms.Idp.Protocol.OpenidConnect.Token.ToPostRequestInformation(body);

        RequestAssert.Matches(request, Method.POST, "https://authenticate.foundation.api.oneatlas.airbus.com/auth/realms/IDP/protocol/openid-connect/token", "application/x-www-form-urlencoded");
        Assert.Equal(
            new SortedSet<string>(["apikey=my-api-key", "client_id=IDP", "grant_type=api_key"], StringComparer.Ordinal),
            new SortedSet<string>(RequestAssert.BodyOf(request).Split('&'), StringComparer.Ordinal));
    }

    [Fact]
    public void WithUrl_follows_a_hal_link_verbatim()
    {
        var link = DataApi + "/api/v1/orders/c7d0301b-188b-4476-8ccb-19882bfe0c6a";

        var request = _client.Api.V1.Orders[OrderId].WithUrl(link).ToGetRequestInformation();

        Assert.Equal(new Uri(link), request.URI);
    }
}
