using ImageryContracts.DataCosmos.Catalogue;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Geometry;
using ImageryContracts.Validation;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>Ordering a search result: checked against the image itself before anything is sent, then ordered as the image says.</summary>
public sealed class FacadeImageOrderTests
{
    private const string CreateRoute = "POST /v0/order/orders";

    [Fact]
    public async Task A_search_result_is_ordered_with_its_own_collection_id_and_level()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var image = await FirstMantisImageAsync(harness);

        var placed = await harness.Ordering.PlaceOrderAsync(image);

        var line = Assert.Single(placed.Order.OrderLineItems!);
        Assert.Equal((image.Collection, image.Id, image.ProcessingLevel), (line.Collection, line.Item, line.Level));
        Assert.Single(harness.Simulator.Requests.To(CreateRoute));
    }

    [Fact]
    public async Task A_level_the_image_is_not_sold_at_is_refused_naming_the_image_before_sending()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var image = await FirstMantisImageAsync(harness);

        var refused = await Assert.ThrowsAsync<ImageryValidationException>(() => harness.Ordering.PlaceOrderAsync(image, level: "L2A"));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("IMG1001", problem.RuleId);
        Assert.Contains(image.Id, problem.Message);
        Assert.Contains("L1D", problem.Message);
        Assert.Empty(harness.Simulator.Requests.To(CreateRoute));
    }

    [Fact]
    public async Task A_clip_that_misses_the_footprint_is_refused_naming_the_image_before_sending()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var image = await FirstMantisImageAsync(harness);
        var lisbon = new GeoJsonPolygon([new(-9.2, 38.7), new(-9.1, 38.7), new(-9.1, 38.8), new(-9.2, 38.8), new(-9.2, 38.7)]);

        var refused = await Assert.ThrowsAsync<ImageryValidationException>(() => harness.Ordering.PlaceOrderAsync(image, lisbon, projectId: "7d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6"));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(GeoJsonPolygon.AoiRuleId, problem.RuleId);
        Assert.Contains(image.Id, problem.Message);
        Assert.Empty(harness.Simulator.Requests.To(CreateRoute));
    }

    [Fact]
    public async Task A_clip_inside_the_footprint_is_ordered_as_the_line_items_geometry()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var image = await FirstMantisImageAsync(harness);

        var placed = await harness.Ordering.PlaceOrderAsync(image, FacadeSearchTests.Toulouse, projectId: "7d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6");

        var line = Assert.Single(placed.Order.OrderLineItems!);
        Assert.Equal(PolygonType.Polygon, line.Geometry!.Type);
        Assert.Equal(FacadeSearchTests.Toulouse.ExteriorRing[1].Longitude, line.Geometry.Coordinates![0][1][0]);
        Assert.Equal("7d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6", line.ProjectId);
    }

    internal static async Task<DataCosmosImage> FirstMantisImageAsync(FacadeHarness harness) =>
        await harness.Ordering.SearchAsync(FacadeSearchTests.Toulouse, FacadeSearchTests.From, FacadeSearchTests.To, options: new DataCosmosSearchOptions { Collections = ["mantis-l1d-cogs"], MaxItems = 1 }).SingleAsync();
}
