using ImageryContracts.ClientTestKit;
using ImageryContracts.DataCosmos.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>
/// For each operation, the request the generated client builds equals the call the vendor documents (seed 002 and the
/// facts sheet's endpoint table E0–E7; the assumed checkout, details and list paths as the spec states them).
/// </summary>
public sealed class ClientRequestBuildingTests
{
    private const string DataApi = "https://app.open-cosmos.com/api/data";
    private static readonly Guid OrderId = Guid.Parse("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f");

    private readonly HttpClientRequestAdapter _adapter = AnonymousAdapter.Create();
    private readonly DataCosmosClient _client;

    public ClientRequestBuildingTests() => _client = new DataCosmosClient(_adapter);

    [Fact]
    public void The_base_url_defaults_to_the_spec_server() =>
        Assert.Equal(DataApi, _adapter.BaseUrl);

    [Fact]
    public async Task Token_is_the_documented_json_post_on_auth0()
    {
        var json = Fixtures.Read("datacosmos/token-request.json");
        var body = await KiotaJson.ParseAsync(json, TokenRequest.CreateFromDiscriminatorValue);

        var request = _client.Oauth.Token.ToPostRequestInformation(body);

        RequestAssert.Matches(request, Method.POST, "https://login.open-cosmos.com/oauth/token", "application/json", json);
    }

    [Fact]
    public void Policies_is_the_seed_url()
    {
        var request = _client.V1.Dpap.Organisations[434].Policies.ToGetRequestInformation(config => config.QueryParameters.IncludeInactiveContracts = false);

        RequestAssert.Matches(request, Method.GET, DataApi + "/v1/dpap/organisations/434/policies?include_inactive_contracts=false");
    }

    [Fact]
    public void Catalog_price_puts_the_required_parameters_in_the_query()
    {
        var request = _client.V1.Dpap.Policies[42].Catalog.Price.ToGetRequestInformation(config =>
        {
            config.QueryParameters.Collection = "sentinel-2-l2a";
            config.QueryParameters.Item = "S2A_MSIL2A_20240101T143751_R096_T19HCC_20240101T183212";
            config.QueryParameters.Level = "L2A";
        });

        RequestAssert.Matches(request, Method.GET, DataApi + "/v1/dpap/policies/42/catalog/price?collection=sentinel-2-l2a&item=S2A_MSIL2A_20240101T143751_R096_T19HCC_20240101T183212&level=L2A");
    }

#pragma warning disable CS0618 // The vendor deprecated this operation; it still works and the spec keeps it.
    [Fact]
    public void Deprecated_price_takes_the_contract_in_the_query()
    {
        var request = _client.V0.Order.Price.ToGetRequestInformation(config =>
        {
            config.QueryParameters.Collection = "sentinel-2-l2a";
            config.QueryParameters.Item = "S2A_MSIL2A_20240101T143751_R096_T19HCC_20240101T183212";
            config.QueryParameters.ContractId = 42;
            config.QueryParameters.Area = 100.5;
        });

        RequestAssert.Matches(request, Method.GET, DataApi + "/v0/order/price?collection=sentinel-2-l2a&item=S2A_MSIL2A_20240101T143751_R096_T19HCC_20240101T183212&contract_id=42&area=100.5");
    }
#pragma warning restore CS0618

    [Fact]
    public void Create_order_built_from_typed_values_is_the_documented_body()
    {
        var body = new CreateOrderRequest
        {
            Type = OrderType.Image,
            Data = new OrderRequestData
            {
                OrderLineItems = [new OrderLineItem { Collection = "sentinel-2-l2a", Item = "S2A_MSIL2A_20240101T143751_R096_T19HCC_20240101T183212", Level = "L2A" }],
            },
            Organisation = 434,
            ContractId = 42,
        };

        var request = _client.V0.Order.Orders.ToPostRequestInformation(body);

        RequestAssert.Matches(request, Method.POST, DataApi + "/v0/order/orders", "application/json", Fixtures.Read("datacosmos/create-order-request.json"));
    }

    [Fact]
    public void Orders_list_and_lookup_and_checkout_follow_the_spec_paths()
    {
        RequestAssert.Matches(_client.V0.Order.Orders.ToGetRequestInformation(), Method.GET, DataApi + "/v0/order/orders");
        RequestAssert.Matches(_client.V0.Order.Orders[OrderId].ToGetRequestInformation(), Method.GET, DataApi + "/v0/order/orders/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
        RequestAssert.Matches(_client.V0.Order.Orders[OrderId].Checkout.ToPostRequestInformation(), Method.POST, DataApi + "/v0/order/orders/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f/checkout");
    }

    [Fact]
    public void Redirect_host_is_an_optional_query_parameter_of_order_creation()
    {
        var body = new CreateOrderRequest { Type = OrderType.Image, Organisation = 434, ContractId = 42 };

        var request = _client.V0.Order.Orders.ToPostRequestInformation(body, config => config.QueryParameters.RedirectHost = "https://example.org");

        Assert.Equal(new Uri(DataApi + "/v0/order/orders?redirect_host=https%3A%2F%2Fexample.org"), request.URI);
    }
}
