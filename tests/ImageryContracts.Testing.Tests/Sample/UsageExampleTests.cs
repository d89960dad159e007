using ImageryContracts.DataCosmos.Models;
using ImageryContracts.DataCosmos.Ordering;
using ImageryContracts.Geometry;
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
    public async Task The_OneAtlas_search_example_finds_orders_and_downloads_an_image()
    {
        var folder = Path.Combine(Path.GetTempPath(), "oneatlas-usage-" + Guid.NewGuid().ToString("N"));
        try
        {
            // usage:oneatlas-search
            await using var sim = await OneAtlasSimulator.StartAsync();
            await using var services = new ServiceCollection()
                .AddOneAtlas(options => { options.ApiKey = sim.ApiKey; options.BaseUrl = options.SearchUrl = options.AccessUrl = sim.BaseUrl; options.TokenUrl = sim.TokenUrl; })
                .BuildServiceProvider();
            var oneAtlas = services.GetRequiredService<OneAtlasOrdering>();
            var aoi = new GeoJsonPolygon([new(1.409, 43.598), new(1.508, 43.598), new(1.508, 43.634), new(1.409, 43.634), new(1.409, 43.598)]);
            var image = await oneAtlas.SearchAsync(aoi, DateTimeOffset.UtcNow.AddYears(-5), DateTimeOffset.UtcNow, maxCloudCover: 20).FirstAsync();   // least cloud, then newest
            var product = image.Product(aoi, image.Sensor == Sensor.PleiadesNeo ? ProductType.BundleFs : ProductType.Bundle, RadiometricProcessing.Reflectance);
            var created = await oneAtlas.PlaceOrderAsync(image, product);                  // checked against the image's sensor and footprint first
            var delivered = await oneAtlas.WaitForDeliveryAsync(created.Order.Id!.Value);
            var files = await oneAtlas.DownloadAsync(delivered, folder);                   // resumable, length and md5 verified
            Console.WriteLine($"{image.Id} ({image.Sensor}, {image.CloudCover} % cloud) → {files[0].Result?.Path}");
            // usage:end

            var file = Assert.Single(files);
            Assert.True(file.Succeeded, file.Error?.Message);
            Assert.True(file.Result!.Md5Verified);
            Assert.True(File.Exists(file.Result.Path));
            Assert.InRange(image.CloudCover!.Value, 0, 20);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
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
