using System.Net;
using ImageryContracts.Testing.OneAtlas;
using ImageryContracts.Testing.Tests.Support;

namespace ImageryContracts.Testing.Tests.OneAtlas;

public sealed class OneAtlasPricingTests
{
    [Fact]
    public async Task The_seed_price_example_costs_its_geodesic_area_times_the_rate()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var response = await http.PostAsync("/api/v1/prices", OneAtlasHttp.Request(OneAtlasHttp.Product(OneAtlasCatalogueItem.ToulousePleiades)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var price = await OneAtlasHttp.JsonAsync(response);
        Assert.Equal(31.74, (double)price["price"]!["areaKm2"]!);
        Assert.Equal(222, (long)price["price"]!["amount"]!);
        Assert.Equal(222, (long)price["price"]!["credits"]!);
        Assert.Equal("false", (string)price["price"]!["isAmountEstimated"]!);
        var delivery = price["deliveries"]![0]!;
        Assert.Equal(OneAtlasCatalogueItem.ToulousePleiades.Id.ToString(), (string)delivery["id"]!);
        Assert.Equal(OneAtlasCatalogueItem.ToulousePleiades.SourceId, (string)delivery["datas"]!["sourceId"]!);
        Assert.Equal("order.data.product", (string)price["payload"]!["kind"]!);
    }

    [Fact]
    public async Task The_rate_depends_on_the_product_type()
    {
        await using var sim = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions
        {
            CreditsPerKm2 = new Dictionary<string, decimal> { ["bundle"] = 7m, ["pansharpened"] = 10m },
        });
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var bundle = await OneAtlasHttp.JsonAsync(await http.PostAsync("/api/v1/prices", OneAtlasHttp.Request(OneAtlasHttp.Product(OneAtlasCatalogueItem.ToulousePleiades))));
        var pansharpened = await OneAtlasHttp.JsonAsync(await http.PostAsync("/api/v1/prices", OneAtlasHttp.Request(OneAtlasHttp.Product(OneAtlasCatalogueItem.ToulousePleiades, "pansharpened"))));

        Assert.Equal(222, (long)bundle["price"]!["amount"]!);
        Assert.Equal(317, (long)pansharpened["price"]!["amount"]!);
    }

    [Theory]
    [InlineData("bundle-fs", "REFLECTANCE", "PHR", "productType 'bundle-fs' is accepted by PNEO only, but the image is a PHR image")]
    [InlineData("pansharpened-fs", "DISPLAY", "SPOT", "productType 'pansharpened-fs' is accepted by PNEO only, but the image is a SPOT image")]
    [InlineData("bundle", "REFLECTANCE", "PNEO", "productType 'bundle' is accepted by SPOT, PHR only, but the image is a PNEO image; for PNEO use one of: bundle-fs, pansharpened-fs")]
    [InlineData("bundle-fs", "BASIC16", "PNEO", "radiometricProcessing 'BASIC16' is accepted by SPOT, PHR only, but the image is a PNEO image")]
    public async Task A_value_the_images_sensor_does_not_accept_is_a_400_naming_both(string productType, string processing, string sensor, string expected)
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var item = OneAtlasCatalogueItem.Defaults.First(candidate => candidate.Sensor == sensor && candidate.Footprint == OneAtlasCatalogueItem.ToulousePleiades.Footprint);

        var response = await http.PostAsync("/api/v1/prices", OneAtlasHttp.Request(OneAtlasHttp.Product(item, productType, processing)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await OneAtlasHttp.JsonAsync(response);
        Assert.Contains(expected, (string)error["message"]!);
        Assert.Equal(400, (int)error["internalCode"]!);
        Assert.NotNull(error["correlationId"]);
    }

    [Fact]
    public async Task A_gigabyte_order_kind_is_refused_for_a_pleiades_neo_image()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var response = await http.PostAsync("/api/v1/orders", OneAtlasHttp.RequestOfKind(
            "order.data.gb.product", OneAtlasHttp.Product(OneAtlasCatalogueItem.ToulousePleiadesNeo, "bundle-fs")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("kind 'order.data.gb.product' is accepted by SPOT, PHR only", (string)(await OneAtlasHttp.JsonAsync(response))["message"]!);
        Assert.Empty(sim.Requests.CreatedOrders);
    }

    [Fact]
    public async Task An_aoi_under_the_minimum_area_is_refused_with_both_numbers_unless_turned_off()
    {
        await using var strict = await OneAtlasSimulator.StartAsync();
        await using var lenient = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { EnforceMinimumAoiArea = false });
        using var strictHttp = new OneAtlasHttp(strict);
        using var lenientHttp = new OneAtlasHttp(lenient);
        await strictHttp.AuthenticateAsync();
        await lenientHttp.AuthenticateAsync();
        var denver = OneAtlasHttp.Request(OneAtlasHttp.Product(OneAtlasCatalogueItem.DenverPleiadesA, "pansharpened", "DISPLAY", OneAtlasHttp.DenverAoi));

        var refused = await strictHttp.PostAsync("/api/v1/prices", denver);
        var accepted = await lenientHttp.PostAsync("/api/v1/prices", denver);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = (string)(await OneAtlasHttp.JsonAsync(refused))["message"]!;
        Assert.Contains("products/0/aoi", message);
        Assert.Contains("0.0019 km² is under OneAtlas' minimum of 0.1 km²", message);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task A_crs_code_outside_the_vendors_set_is_refused_by_the_contracts_pattern()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var response = await http.PostAsync("/api/v1/prices", OneAtlasHttp.Request(
            OneAtlasHttp.Product(OneAtlasCatalogueItem.ToulousePleiades, crsCode: "urn:ogc:def:crs:EPSG::32661")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (string)(await OneAtlasHttp.JsonAsync(response))["message"]!;
        Assert.Contains("Products[0].CrsCode", message);
        Assert.Contains("^urn:ogc:def:crs:EPSG::(4326|32[67](0[1-9]|[1-5][0-9]|60))$", message);
    }

    [Fact]
    public async Task An_unknown_enum_value_or_catalogue_item_is_a_400_naming_it()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var unknownItem = new OneAtlasCatalogueItem(Guid.Parse("99999999-9999-4999-8999-999999999999"), "PHR", "DS", OneAtlasCatalogueItem.ToulousePleiades.Footprint);

        var badEnum = await http.PostAsync("/api/v1/prices", OneAtlasHttp.Request(OneAtlasHttp.Product(OneAtlasCatalogueItem.ToulousePleiades, "bundel")));
        var badItem = await http.PostAsync("/api/v1/prices", OneAtlasHttp.Request(OneAtlasHttp.Product(unknownItem)));

        Assert.Equal(HttpStatusCode.BadRequest, badEnum.StatusCode);
        var enumMessage = (string)(await OneAtlasHttp.JsonAsync(badEnum))["message"]!;
        Assert.Contains("bundel", enumMessage);
        Assert.Contains("products[0].productType", enumMessage);
        Assert.Equal(HttpStatusCode.BadRequest, badItem.StatusCode);
        Assert.Contains("99999999-9999-4999-8999-999999999999 is not a catalogue item", (string)(await OneAtlasHttp.JsonAsync(badItem))["message"]!);
    }

    [Fact]
    public async Task A_catalogue_item_with_a_sensor_the_spec_does_not_list_is_refused_at_start()
    {
        var options = new OneAtlasSimulatorOptions
        {
            Catalogue = [OneAtlasCatalogueItem.ToulousePleiades with { Sensor = "WORLDVIEW" }],
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => OneAtlasSimulator.StartAsync(options));

        Assert.Contains("sensor 'WORLDVIEW', which oneatlas.yaml does not list; use one of: SPOT, PHR, PNEO", error.Message);
    }
}
