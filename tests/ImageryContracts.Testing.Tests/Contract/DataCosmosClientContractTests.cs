using System.Globalization;
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

    [Fact]
    public async Task A_search_pages_an_item_reads_and_a_paid_asset_downloads_through_the_generated_client()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        var client = await ConnectAsync(sim);
        var item = DataCosmosCatalogueItem.Mantis;

        var first = await client.V0.Stac.Search.PostAsync(new StacSearchRequest { Collections = [item.Collection], Limit = 2 }, config => config.QueryParameters.ContractId = 42);
        var cursor = System.Web.HttpUtility.ParseQueryString(new Uri(first!.Links!.Single(link => link.Rel == "next").Href!).Query)["cursor"];
        var second = await client.V0.Stac.Search.PostAsync(new StacSearchRequest { Collections = [item.Collection], Limit = 2, Cursor = cursor });
        var byGet = await client.V0.Stac.Search.GetAsync(config =>
        {
            config.QueryParameters.Collections = [item.Collection];
            config.QueryParameters.Limit = 2;
        });
        var read = await client.V0.Stac.Collections[item.Collection].Items[item.Item].GetAsync();
        var placed = await client.V0.Order.Orders.PostAsync(new CreateOrderRequest
        {
            Type = OrderType.Image,
            Data = new OrderRequestData { OrderLineItems = [new OrderLineItem { Collection = item.Collection, Item = item.Item, Level = read!.Properties!.ProcessingLevel }] },
            Organisation = sim.OrganisationId,
            ContractId = 42,
        });
        await client.V0.Order.Orders[placed!.Data!.Id!.Value].Checkout.PostAsync();
        var at = item.Acquired;
        await using var tci = await client.V0.Storage.Catalog[item.Collection][at.ToString("yyyy", CultureInfo.InvariantCulture)][at.ToString("MM", CultureInfo.InvariantCulture)][at.ToString("dd", CultureInfo.InvariantCulture)][item.Item]["TCI.tif"].GetAsync();
        using var bytes = new MemoryStream();
        await tci!.CopyToAsync(bytes);

        Assert.Equal(2, first.Features!.Count);
        Assert.All(first.Features, feature => Assert.Equal(item.Collection, feature.Collection));
        Assert.All(first.Features, feature => Assert.True(feature.Properties!.OpencosmosPrice > 0));
        Assert.Empty(first.Features.Select(feature => feature.Id).Intersect(second!.Features!.Select(feature => feature.Id)));
        Assert.Equal(first.Features.Select(feature => feature.Id), byGet!.Features!.Select(feature => feature.Id));
        Assert.Equal(first.Context!.Matched, second.Context!.Matched);
        Assert.Equal("L1D", read.Properties.ProcessingLevel);
        Assert.Equal(read.Assets!.Keys, item.Assets.Select(asset => asset.Key));
        Assert.Equal(sim.AssetContent(item.Collection, item.Item, "TCI").Length, bytes.Length);
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
