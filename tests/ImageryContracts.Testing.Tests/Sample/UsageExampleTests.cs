using ImageryContracts.DataCosmos.DependencyInjection;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.DataCosmos.Ordering;
using ImageryContracts.OneAtlas.DependencyInjection;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Ordering;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.OneAtlas;
using Microsoft.Extensions.DependencyInjection;
using OrderWorkflow.Vendors.OneAtlas;

namespace ImageryContracts.Testing.Tests.Sample;

/// <summary>
/// The examples of docs/usage.md, line for line between the <c>usage:</c> markers, so the documented code compiles
/// and works.
/// </summary>
public sealed class UsageExampleTests
{
    [Fact]
    public async Task The_OneAtlas_example_prices_orders_and_waits_for_delivery()
    {
        // usage:oneatlas
        await using var sim = await OneAtlasSimulator.StartAsync();
        await using var services = new ServiceCollection()
            .AddOneAtlas(options => { options.ApiKey = sim.ApiKey; options.BaseUrl = sim.BaseUrl; options.TokenUrl = sim.TokenUrl; })
            .BuildServiceProvider();
        var oneAtlas = services.GetRequiredService<OneAtlasOrdering>();
        var request = OneAtlasSampleOrders.ToulousePleiades();
        var price = await oneAtlas.PriceAsync(request);                                 // rules checked first: ImageryValidationException
        var created = await oneAtlas.PlaceOrderAsync(request, clientReference: null);   // at most once, even if the answer is lost
        var delivered = await oneAtlas.WaitForDeliveryAsync(created.Order.Id!.Value);
        Console.WriteLine($"{price.Price?.Credits} credits, order {delivered.Id}: {delivered.Status?.ToWireValue()}");
        // usage:end

        Assert.Equal(222, price.Price?.Credits);
        Assert.Equal(ImageryContracts.OneAtlas.Models.OrderStatus.Delivered, delivered.Status);
        Assert.Single(sim.Requests.CreatedOrders);
    }

    [Fact]
    public async Task The_DataCosmos_example_prices_orders_checks_out_and_waits_until_paid()
    {
        // usage:datacosmos
        await using var sim = await DataCosmosSimulator.StartAsync();
        await using var services = new ServiceCollection()
            .AddDataCosmos(options => { options.ClientId = sim.ClientId; options.ClientSecret = sim.ClientSecret; options.OrganisationId = sim.OrganisationId; options.BaseUrl = sim.BaseUrl; options.TokenUrl = sim.TokenUrl; })
            .BuildServiceProvider();
        var dataCosmos = services.GetRequiredService<DataCosmosOrdering>();
        var item = DataCosmosCatalogueItem.Sentinel2;
        var price = await dataCosmos.PriceAsync(item.Collection, item.Item);            // under the organisation's default contract
        var created = await dataCosmos.PlaceOrderAsync(new OrderLineItem { Collection = item.Collection, Item = item.Item, Level = item.Level });
        var checkout = await dataCosmos.CheckoutAsync(created.Order.Id!.Value);        // credits first; else checkout.CheckoutUrl to pay by card
        var paid = await dataCosmos.WaitUntilPaidAsync(created.Order.Id!.Value);
        Console.WriteLine($"{price.Final} {price.Currency}, order {paid.Id}: {paid.Status?.ToWireValue()}");
        // usage:end

        Assert.Equal(251.25m, price.Final);
        Assert.Equal("", checkout.CheckoutUrl);
        Assert.Equal(ImageryContracts.DataCosmos.Models.OrderStatus.Paid, paid.Status);
        Assert.Equal(10_000m - 251.25m, sim.Credits());
    }
}
