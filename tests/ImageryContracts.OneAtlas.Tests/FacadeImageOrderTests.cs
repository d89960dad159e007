using ImageryContracts.Geometry;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Search;
using ImageryContracts.Validation;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>Prices and orders built from search results are checked against the image's own sensor and footprint before anything is sent.</summary>
public sealed class FacadeImageOrderTests
{
    private static readonly GeoJsonPolygon DenverAoi = new(
    [
        new(-104.80, 39.78), new(-104.77, 39.78), new(-104.77, 39.80), new(-104.80, 39.80), new(-104.80, 39.78),
    ]);

    [Fact]
    public async Task Bundle_with_basic16_on_a_pleiades_neo_search_result_is_refused_before_sending_naming_the_image_its_sensor_and_the_fix()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var image = await FirstAsync(harness, Constellation.PleiadesNeo);
        var product = image.Product(FacadeHarness.ToulouseAoi, ProductType.Bundle, RadiometricProcessing.Basic16);

        var price = await Assert.ThrowsAsync<ImageryValidationException>(() => harness.Ordering.PriceAsync(image, product));
        var order = await Assert.ThrowsAsync<ImageryValidationException>(() => harness.Ordering.PlaceOrderAsync(image, product));

        var problem = Assert.Single(price.Problems);
        Assert.Equal("IMG1001", problem.RuleId);
        Assert.StartsWith($"Image {image.Id} is a PNEO image ({image.Platform}): bundle is accepted by SPOT, PHR; BASIC16 by SPOT, PHR", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("Use bundle-fs and REFLECTANCE.", problem.Message, StringComparison.Ordinal);
        Assert.Contains(image.Id.ToString(), order.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Simulator.Requests.To("POST /api/v1/prices"));
        Assert.Empty(harness.Simulator.Requests.To("POST /api/v1/orders"));
    }

    [Fact]
    public async Task Bundle_fs_on_a_pleiades_search_result_is_refused_and_the_pleiades_neo_product_is_ordered()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var pleiades = await FirstAsync(harness, Constellation.Pleiades);
        var neo = await FirstAsync(harness, Constellation.PleiadesNeo);

        var refused = await Assert.ThrowsAsync<ImageryValidationException>(() =>
            harness.Ordering.PriceAsync(pleiades, pleiades.Product(FacadeHarness.ToulouseAoi, ProductType.BundleFs, RadiometricProcessing.Reflectance)));
        var placed = await harness.Ordering.PlaceOrderAsync(neo, neo.Product(FacadeHarness.ToulouseAoi, ProductType.BundleFs, RadiometricProcessing.Reflectance));

        Assert.Contains($"Image {pleiades.Id} is a PHR image", refused.Message, StringComparison.Ordinal);
        Assert.Contains("bundle-fs is accepted by PNEO; the requested sensor is PHR: no sensor accepts both. Use bundle.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(neo.Id, placed.Order.Deliveries![0].Datas!.Id);
        Assert.Single(harness.Simulator.Requests.CreatedOrders);
    }

    [Fact]
    public async Task An_aoi_outside_the_image_footprint_is_refused_before_sending()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var image = await FirstAsync(harness, Constellation.Pleiades);

        var refused = await Assert.ThrowsAsync<ImageryValidationException>(() =>
            harness.Ordering.PriceAsync(image, image.Product(DenverAoi, ProductType.Bundle, RadiometricProcessing.Reflectance)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(GeoJsonPolygon.AoiRuleId, problem.RuleId);
        Assert.Equal(["products/0/aoi"], problem.Fields);
        Assert.StartsWith("The AOI of products/0 (lon -104.8..-104.77, lat 39.78..39.8) does not intersect the footprint of image " + image.Id, problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("draw the AOI inside the footprint, or search for an image that covers it.", problem.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Simulator.Requests.To("POST /api/v1/prices"));
    }

    [Fact]
    public async Task A_product_of_another_image_is_refused_rather_than_checked_against_the_wrong_sensor()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var image = await FirstAsync(harness, Constellation.Pleiades);
        var other = FacadeHarness.Product(Testing.OneAtlas.OneAtlasCatalogueItem.ToulouseSpot);

        var refused = await Assert.ThrowsAsync<ImageryValidationException>(() => harness.Ordering.PriceAsync(image, other));

        Assert.Contains($"products/0/id is {other.Id}, not image {image.Id}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_product_of_the_image_is_priced_when_it_fits_the_sensor_and_the_footprint()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var image = await FirstAsync(harness, Constellation.Pleiades);

        var price = await harness.Ordering.PriceAsync(image, image.Product(FacadeHarness.ToulouseAoi, ProductType.Bundle, RadiometricProcessing.Basic16));

        Assert.Equal(222, price.Price!.Amount);
    }

    private static async Task<OneAtlasImage> FirstAsync(FacadeHarness harness, Constellation constellation) =>
        await harness.Ordering.SearchAsync(
            FacadeHarness.ToulouseAoi, DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow, options: new OneAtlasSearchOptions { Constellations = [constellation] })
            .FirstAsync(image => image.Footprint!.Intersects(FacadeHarness.ToulouseAoi));
}
