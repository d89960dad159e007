using ImageryContracts.Geometry;

namespace ImageryContracts.Core.Tests.Geometry;

/// <summary>
/// Every AOI in the OneAtlas seed (../shared/seeds/000_655e2ee3650e3143.txt), copied verbatim, against the area the
/// vendor reports for it. Requests send the rings clockwise; the echoed <c>datas.aoi</c> are counter-clockwise.
/// </summary>
public sealed class SeedAoiAreaTests
{
    // Price, order and order-status examples (seed lines 64-530): the AOI near Toulouse, as requested (clockwise).
    private const string ToulouseRequest =
        """{"type":"Polygon","coordinates":[[[1.4089965820312502,43.59829500262717],[1.4089965820312502,43.63408731864001],[1.5078735351562496,43.63408731864001],[1.5078735351562496,43.59829500262717],[1.4089965820312502,43.59829500262717]]]}""";

    // The price response's deliveries[0].datas.aoi (seed line 255): the same AOI echoed counter-clockwise.
    private const string ToulouseEcho =
        """{"type":"Polygon","coordinates":[[[1.4089965820312502,43.59829500262717],[1.5078735351562496,43.59829500262717],[1.5078735351562496,43.63408731864001],[1.4089965820312502,43.63408731864001],[1.4089965820312502,43.59829500262717]]]}""";

    // Order-status example (seed lines 1040 and 1110): the AOI near Leuven.
    private const string Leuven =
        """{"type":"Polygon","coordinates":[[[4.705066680908203,50.86576445831801],[4.705066680908203,50.869271906986995],[4.714937210083009,50.869271906986995],[4.714937210083009,50.86576445831801],[4.705066680908203,50.86576445831801]]]}""";

    // Product-list example (seed lines 585-700): the AOI near Denver, as requested (clockwise).
    private const string DenverRequest =
        """{"type":"Polygon","coordinates":[[[-104.775823,39.790956],[-104.776331,39.790956],[-104.776331,39.791346],[-104.775823,39.791346],[-104.775823,39.790956]]]}""";

    // The product-list response's datas.aoi (seed lines 755 and 840): the same AOI echoed counter-clockwise.
    private const string DenverEcho =
        """{"type":"Polygon","coordinates":[[[-104.775823,39.790956],[-104.775823,39.791346],[-104.776331,39.791346],[-104.776331,39.790956],[-104.775823,39.790956]]]}""";

    [Theory]
    [InlineData(ToulouseRequest, 31.73)] // price response: deliveries[0].datas.areaKm2 31.73, order response: area "31.73"
    [InlineData(ToulouseEcho, 31.73)]
    [InlineData(Leuven, 0.27)]           // order-status response: area "0.27", datas.areaKm2 0.27
    public void Area_is_within_one_percent_of_the_vendors_areaKm2(string geoJson, double vendorAreaKm2)
    {
        var area = GeoJsonPolygon.Parse(geoJson).AreaKm2;

        Assert.InRange(area, vendorAreaKm2 * 0.99, vendorAreaKm2 * 1.01);
    }

    [Fact]
    public void Toulouse_and_Leuven_areas_to_the_vendors_rounding()
    {
        Assert.Equal(31.74, GeoJsonPolygon.Parse(ToulouseRequest).AreaKm2, 0.005);
        Assert.Equal(0.27, GeoJsonPolygon.Parse(Leuven).AreaKm2, 0.005);
    }

    [Theory]
    [InlineData(DenverRequest)]
    [InlineData(DenverEcho)]
    public void Denver_product_list_AOI_is_about_0_0019_km2_and_under_the_minimum(string geoJson)
    {
        // The vendor reports areaKm2 0 for it while the delivery is processing, so there is no vendor figure to match.
        var polygon = GeoJsonPolygon.Parse(geoJson);

        Assert.Equal(0.0019, polygon.AreaKm2, 0.00005);
        var problem = Assert.Single(polygon.Validate(0.1, "OneAtlas", "products/0/aoi").Problems);
        Assert.Equal("IMG1004", problem.RuleId);
        Assert.Equal("AOI area 0.0019 km² is under OneAtlas' minimum of 0.1 km²; enlarge the polygon.", problem.Message);
        Assert.Equal(["products/0/aoi"], problem.Fields);
    }

    [Theory]
    [InlineData(ToulouseRequest)]
    [InlineData(ToulouseEcho)]
    [InlineData(Leuven)]
    public void Seed_AOIs_above_the_minimum_are_valid(string geoJson) =>
        Assert.True(GeoJsonPolygon.Parse(geoJson).Validate(0.1, "OneAtlas").IsValid);
}
