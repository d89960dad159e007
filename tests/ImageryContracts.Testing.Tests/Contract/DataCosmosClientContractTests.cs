using ImageryContracts.DataCosmos;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Testing.DataCosmos;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace ImageryContracts.Testing.Tests.Contract;

/// <summary>The generated DataCosmos client against the DataCosmos simulator: both read the same spec independently.</summary>
public sealed class DataCosmosClientContractTests
{
    [Fact]
    public async Task An_item_is_priced_ordered_checked_out_and_followed_to_paid_through_the_generated_client()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        var client = await ConnectAsync(sim);
        var item = DataCosmosCatalogueItem.Sentinel2;

        var policies = await client.V1.Dpap.Organisations[sim.OrganisationId].Policies.GetAsync();
        var contract = policies!.Data!.Single(policy => policy.DefaultContract == true).ContractId!.Value;
        var price = await client.V1.Dpap.Policies[contract].Catalog.Price.GetAsync(config =>
        {
            config.QueryParameters.Collection = item.Collection;
            config.QueryParameters.Item = item.Item;
        });
        var created = await client.V0.Order.Orders.PostAsync(new CreateOrderRequest
        {
            Type = OrderType.Image,
            Data = new OrderRequestData { OrderLineItems = [new OrderLineItem { Collection = item.Collection, Item = item.Item, Level = item.Level }] },
            Organisation = sim.OrganisationId,
            ContractId = contract,
        });
        var orderId = created!.Data!.Id!.Value;
        var checkout = await client.V0.Order.Orders[orderId].Checkout.PostAsync();
        var details = await client.V0.Order.Orders[orderId].GetAsync();
        var list = await client.V0.Order.Orders.GetAsync();

        Assert.Equal(251.25m, price!.Data!.Value);
        Assert.Equal(OrderStatus.Unpaid, created.Data.Status);
        Assert.Equal("", checkout!.Data!.CheckoutUrl);
        Assert.Equal(OrderStatus.Paid, checkout.Data.Status);
        Assert.Equal(OrderStatus.Paid, details!.Data!.Status);
        Assert.Equal(PaymentMethod.NotRequired, details.Data.PaymentMethod);
        Assert.Equal(orderId, Assert.Single(list!.Data!).Id);
        Assert.Equal(10_000m - 251.25m, sim.Credits());
    }

    [Fact]
    public async Task A_refused_order_arrives_as_the_typed_error_envelope()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        var client = await ConnectAsync(sim);
        var item = DataCosmosCatalogueItem.Sentinel2;

        var error = await Assert.ThrowsAsync<ErrorEnvelope>(() => client.V0.Order.Orders.PostAsync(new CreateOrderRequest
        {
            Type = OrderType.Image,
            Data = new OrderRequestData { OrderLineItems = [new OrderLineItem { Collection = item.Collection, Item = item.Item, Level = item.Level, ProjectId = "p-1" }] },
            Organisation = sim.OrganisationId,
            ContractId = 42,
        }));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Contains("project_id is set without geometry", Assert.Single(error.Errors!).Message);
    }

    private static async Task<DataCosmosClient> ConnectAsync(DataCosmosSimulator sim)
    {
        var anonymous = new DataCosmosClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()) { BaseUrl = sim.BaseUrl });
        var token = await anonymous.Oauth.Token.WithUrl(sim.TokenUrl).PostAsync(new TokenRequest
        {
            ClientId = sim.ClientId,
            ClientSecret = sim.ClientSecret,
            Audience = TokenRequestAudience.DataCosmos,
            GrantType = TokenRequestGrantType.ClientCredentials,
        });
        var bearer = new BaseBearerTokenAuthenticationProvider(new StaticAccessTokenProvider(token!.AccessToken!, new Uri(sim.BaseUrl).Host));
        return new DataCosmosClient(new HttpClientRequestAdapter(bearer) { BaseUrl = sim.BaseUrl });
    }
}
