using ImageryContracts.Validation;
using ImageryContracts.ClientTestKit;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Validation;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>
/// <c>OneAtlasValidator.Validate(OrderRequest)</c> walks a whole request: the product rules per product with the order's
/// kind, and each AOI through the geometry checks, with problems located by their path in the request.
/// </summary>
public sealed class ClientModelValidationTests
{
    [Fact]
    public async Task The_seed_price_request_is_valid()
    {
        var request = await KiotaJson.ParseAsync(Fixtures.Read("oneatlas/price-request-call.json"), OrderRequest.CreateFromDiscriminatorValue);

        Assert.True(OneAtlasValidator.Validate(request).IsValid);
    }

    [Fact]
    public async Task The_seed_product_list_is_flagged_for_both_aois_under_the_minimum()
    {
        var request = await KiotaJson.ParseAsync(Fixtures.Read("oneatlas/product-list-order-request.json"), OrderRequest.CreateFromDiscriminatorValue);

        var result = OneAtlasValidator.Validate(request);

        Assert.Equal(2, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Equal("IMG1004", p.RuleId));
        Assert.All(result.Problems, p => Assert.Contains("0.1 km²", p.Message));
        Assert.StartsWith("products/0/aoi", Assert.Single(result.Problems[0].Fields));
        Assert.StartsWith("products/1/aoi", Assert.Single(result.Problems[1].Fields));
    }

    [Fact]
    public async Task A_combination_no_sensor_accepts_is_located_in_its_product()
    {
        var request = await KiotaJson.ParseAsync(Fixtures.Read("oneatlas/price-request-call.json"), OrderRequest.CreateFromDiscriminatorValue);
        request.Products![0].ProductType = ProductType.BundleFs;
        request.Products[0].RadiometricProcessing = RadiometricProcessing.Basic16;

        var problem = Assert.Single(OneAtlasValidator.Validate(request).Problems);

        Assert.Equal("IMG1001", problem.RuleId);
        Assert.Contains("products/0/productType", problem.Fields);
        Assert.Contains("products/0/radiometricProcessing", problem.Fields);
    }

    [Fact]
    public async Task A_deprecated_kind_is_reported_once_for_a_product_list()
    {
        var request = await KiotaJson.ParseAsync(Fixtures.Read("oneatlas/product-list-order-request.json"), OrderRequest.CreateFromDiscriminatorValue);
        request.Kind = OrderKind.DataGbProduct;

        var result = OneAtlasValidator.Validate(request);
        var deprecation = Assert.Single(result.Problems, p => p.RuleId == "IMG1002");

        Assert.Equal(["kind"], deprecation.Fields);
        // The vendor still accepts GB orders from GB subscriptions: a warning, never a refusal to send.
        Assert.Equal(ValidationSeverity.Warning, deprecation.Severity);
        Assert.DoesNotContain(result.Errors, p => p.RuleId == "IMG1002");
    }

    [Fact]
    public async Task A_deprecated_kind_alone_leaves_the_request_valid()
    {
        var request = await KiotaJson.ParseAsync(Fixtures.Read("oneatlas/price-request.json"), OrderRequest.CreateFromDiscriminatorValue);
        request.Kind = OrderKind.DataGbProduct;

        var result = OneAtlasValidator.Validate(request);

        Assert.Equal("IMG1002", Assert.Single(result.Warnings).RuleId);
        Assert.True(result.IsValid);
        result.ThrowIfInvalid();
    }

    [Fact]
    public void An_open_ring_is_reported_at_the_aoi_before_anything_is_sent()
    {
        var request = new OrderRequest
        {
            Kind = OrderKind.DataProduct,
            Products =
            [
                new Product
                {
                    ProductType = ProductType.Bundle,
                    RadiometricProcessing = RadiometricProcessing.Display,
                    CrsCode = CrsCode.UtmNorth(31),
                    Aoi = new Polygon { Type = PolygonType.Polygon, Coordinates = [[[1.0, 43.0], [1.2, 43.0], [1.2, 43.2], [1.0, 43.2]]] },
                },
            ],
        };

        var problem = Assert.Single(OneAtlasValidator.Validate(request).Problems);

        Assert.Equal("IMG1004", problem.RuleId);
        Assert.StartsWith("products/0/aoi", Assert.Single(problem.Fields));
    }
}
