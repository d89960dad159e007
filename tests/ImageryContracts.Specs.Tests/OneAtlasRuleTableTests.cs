using static ImageryContracts.Specs.Tests.SensorSets;

namespace ImageryContracts.Specs.Tests;

/// <summary>
/// The OneAtlas spec's enums and rule extensions equal the tables of the vendor's ordering guide (seed 000), written
/// out here from the seed, row by row.
/// </summary>
public sealed class OneAtlasRuleTableTests
{
    private static readonly Spec Spec = Spec.OneAtlas;

    [Fact]
    public void Each_catalogue_constellation_names_the_sensor_of_the_same_name()
    {
        // Search facts §5: SPOT and PHR images live in `public`, PNEO images in `public-pneo`; the order rules are
        // written for the sensor the constellation names.
        var constellation = Spec.Schema("Constellation");

        var sensorOf = constellation["x-imagery-sensor-of"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());

        Assert.Equal(["SPOT", "PHR", "PNEO"], constellation["x-extensible-enum"].Strings());
        Assert.Equal(new Dictionary<string, string> { ["SPOT"] = "SPOT", ["PHR"] = "PHR", ["PNEO"] = "PNEO" }, sensorOf);
    }

    [Fact]
    public void Product_types_and_their_sensors_match_the_seed_table()
    {
        // Seed: "Product type | Description | Sensors".
        var expected = new Dictionary<string, string[]>
        {
            ["bundle"] = SpotAndPleiades,
            ["pansharpened"] = SpotAndPleiades,
            ["panchromatic"] = SpotAndPleiades,
            ["multiSpectral"] = SpotAndPleiades,
            ["bundle-fs"] = PleiadesNeo,
            ["pansharpened-fs"] = PleiadesNeo,
        };

        AssertSensorTable(Spec.Schema("ProductType"), expected);
    }

    [Fact]
    public void Radiometric_processings_and_their_sensors_match_the_seed_table()
    {
        // Seed: "Radiometric Processing | Description | Sensors".
        var expected = new Dictionary<string, string[]>
        {
            ["BASIC16"] = SpotAndPleiades,
            ["REFLECTANCE"] = All,
            ["DISPLAY"] = All,
        };

        AssertSensorTable(Spec.Schema("RadiometricProcessing"), expected);
    }

    [Fact]
    public void Consumption_modes_and_their_sensors_match_the_seed_kind_table()
    {
        // Seed: "Order kind | Consumption mode | Description | Sensors", one row per consumption mode.
        var expected = new Dictionary<string, string[]>
        {
            ["km2"] = All,
            ["tiles"] = SpotAndPleiades,
            ["gb"] = SpotAndPleiades,
        };

        AssertSensorTable(Spec.Schema("ConsumptionMode"), expected);
    }

    [Fact]
    public void Order_kinds_and_their_sensors_match_the_seed_kind_table()
    {
        // order.data.product serves km² (all sensors) and tiles (SPOT, Pléiades): its widest set; GB is SPOT, Pléiades.
        var expected = new Dictionary<string, string[]>
        {
            ["order.data.product"] = All,
            ["order.data.gb.product"] = SpotAndPleiades,
        };

        AssertSensorTable(Spec.Schema("OrderKind"), expected);
    }

    [Fact]
    public void The_modes_the_vendor_will_abandon_are_deprecated_with_their_replacement()
    {
        // Seed: "Tiles - This mode will be abandoned soon", "GB (GigaBytes) - This mode will be abandoned soon".
        Assert.Equal(
            new Dictionary<string, string> { ["tiles"] = "km2", ["gb"] = "km2" },
            Spec.Schema("ConsumptionMode").Replacements());
        Assert.Equal(
            new Dictionary<string, string> { ["order.data.gb.product"] = "order.data.product" },
            Spec.Schema("OrderKind").Replacements());
    }

    [Fact]
    public void Image_formats_match_the_seed_table()
    {
        Assert.Equal(["image/jp2", "image/geotiff"], Spec.Schema("ImageFormat").Enum());
    }

    [Fact]
    public void Sensors_are_the_three_constellations_with_readable_member_names()
    {
        var sensor = Spec.Schema("Sensor");

        Assert.Equal(["SPOT", "PHR", "PNEO"], sensor.Enum());
        Assert.Equal(["Spot", "Pleiades", "PleiadesNeo"], sensor["x-enum-varnames"].Strings());
        Assert.Equal("sensor", sensor["x-imagery-role"]!.GetValue<string>());
    }

    [Fact]
    public void Order_statuses_match_the_seed_table()
    {
        // Seed: "Status | Description": error, delivered, ordered, rejected.
        Assert.Equal(
            new[] { "delivered", "error", "ordered", "rejected" },
            Spec.Schema("OrderStatus").Enum().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Delivery_statuses_are_open_and_know_the_seed_values()
    {
        var status = Spec.Schema("DeliveryStatus");

        Assert.Null(status["enum"]);
        Assert.Superset(new HashSet<string> { "processing", "delivered" }, status["x-extensible-enum"].Strings().ToHashSet());
    }

    [Fact]
    public void The_kind_filter_is_open_and_knows_the_seed_filter_table_and_the_echoed_kind()
    {
        // Seed: "Kind | Description": order.data.product, order.analytics-toolbox.archive; order.product is echoed.
        var kind = Spec.Schema("ReportedOrderKind");

        Assert.Null(kind["enum"]);
        Assert.Superset(
            new HashSet<string> { "order.data.product", "order.analytics-toolbox.archive", "order.product", "order.data.gb.product" },
            kind["x-extensible-enum"].Strings().ToHashSet());
    }

    [Fact]
    public void Alternatives_pair_each_value_with_its_counterpart_on_other_sensors()
    {
        Assert.Equal(
            new Dictionary<string, IReadOnlyList<string>>
            {
                ["bundle"] = ["bundle-fs"],
                ["bundle-fs"] = ["bundle"],
                ["pansharpened"] = ["pansharpened-fs"],
                ["pansharpened-fs"] = ["pansharpened"],
            },
            Spec.Schema("ProductType").ListMap("x-imagery-alternatives"));
        Assert.Equal(
            new Dictionary<string, IReadOnlyList<string>> { ["BASIC16"] = ["REFLECTANCE"] },
            Spec.Schema("RadiometricProcessing").ListMap("x-imagery-alternatives"));
    }

    [Fact]
    public void Member_names_replace_poor_pascal_case_of_wire_values()
    {
        Assert.Equal(["Jp2", "GeoTiff"], Spec.Schema("ImageFormat")["x-enum-varnames"].Strings());
        Assert.Equal(["DataProduct", "DataGbProduct"], Spec.Schema("OrderKind")["x-enum-varnames"].Strings());
        Assert.Equal(
            ["Bundle", "Pansharpened", "Panchromatic", "MultiSpectral", "BundleFs", "PansharpenedFs"],
            Spec.Schema("ProductType")["x-enum-varnames"].Strings());
        Assert.Equal(["Basic16", "Reflectance", "Display"], Spec.Schema("RadiometricProcessing")["x-enum-varnames"].Strings());
    }

    [Fact]
    public void The_minimum_aoi_is_a_tenth_of_a_square_kilometre()
    {
        // Seed: "your AOI must be minimum 0.1km² for all products".
        Assert.Equal(0.1m, Spec.Schema("Polygon")["x-imagery-min-area-km2"]!.GetValue<decimal>());
    }

    [Fact]
    public void The_crs_set_is_wgs84_and_the_utm_zones()
    {
        // Seed: EPSG:4326, EPSG:326[01-60], EPSG:327[01-60].
        var crs = Spec.Schema("CrsCode")["x-imagery-crs"]!;

        Assert.Equal("urn:ogc:def:crs:EPSG::", crs["urn-prefix"]!.GetValue<string>());
        Assert.Equal([4326], crs["codes"]!.AsArray().Select(n => n!.GetValue<int>()));
        Assert.Equal(
            [[32601, 32660], [32701, 32760]],
            crs["ranges"]!.AsArray().Select(r => r!.AsArray().Select(n => n!.GetValue<int>()).ToArray()));
    }

    [Fact]
    public void Wire_quirks_are_recorded_as_strings_with_their_clr_type()
    {
        foreach (var schema in new[] { "Price", "PriceDelivery", "Order", "Delivery" })
        {
            var flag = Spec.Schema(schema)["properties"]!["isAmountEstimated"]!.AsObject();
            Assert.Equal("string", flag["type"]!.GetValue<string>());
            Assert.Equal(["true", "false"], flag.Enum());
            Assert.Equal("bool", flag["x-imagery-clr-type"]!.GetValue<string>());
        }

        var delivery = Spec.Schema("Delivery")["properties"]!;
        Assert.Equal("string", delivery["area"]!["type"]!.GetValue<string>());
        Assert.Equal("decimal", delivery["area"]!["x-imagery-clr-type"]!.GetValue<string>());
        var datas = Spec.Schema("DeliveryData")["allOf"]![1]!["properties"]!;
        Assert.Equal("number", datas["areaKm2"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Every_documented_operation_is_in_the_spec()
    {
        Assert.Equal(
            new[]
            {
                "getAccessToken POST /auth/realms/IDP/protocol/openid-connect/token",
                "getPrice POST /api/v1/prices",
                "createOrder POST /api/v1/orders",
                "listOrders GET /api/v1/orders",
                "getOrder GET /api/v1/orders/{orderId}",
                "cancelOrder POST /api/v1/orders/{orderId}/cancel",
                "listOrderDeliveries GET /api/v1/orders/{orderId}/deliveries",
                "getDelivery GET /api/v1/deliveries/{deliveryId}",

                // Search and download facts §1, on their own hosts.
                "searchCatalogue GET /api/v2/opensearch",
                "searchCatalogueByBody POST /api/v2/opensearch",
                "listSearchDomain GET /api/v2/opensearch/domains/{propertyName}",
                "downloadItem GET /api/v1/items/{catalogItemId}/download",
                "checkItemDownload HEAD /api/v1/items/{catalogItemId}/download",
            }.Order(StringComparer.Ordinal),
            Spec.Tree.Operations()
                .Select(o => $"{o.Operation["operationId"]} {o.Method.ToUpperInvariant()} {o.Path}")
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_list_filters_are_those_the_seed_and_the_vendor_reference_document()
    {
        var parameters = Spec.Tree["paths"]!["/api/v1/orders"]!["get"]!["parameters"]!.AsArray()
            .Select(p => p!["name"]!.GetValue<string>());

        // tags: the vendor reference's filter (../shared/vendor-facts/oneatlas.md §5), which client reference lookups use.
        Assert.Equal(["status", "kind", "tags", "page", "itemsPerPage"], parameters);
    }

    private static void AssertSensorTable(System.Text.Json.Nodes.JsonObject schema, Dictionary<string, string[]> expected)
    {
        Assert.Equal(expected.Keys, schema.Enum());
        var actual = schema.ListMap("x-imagery-sensors");
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (value, sensors) in expected)
        {
            Assert.True(
                sensors.Order(StringComparer.Ordinal).SequenceEqual(actual[value].Order(StringComparer.Ordinal)),
                $"{value}: the seed says [{string.Join(", ", sensors)}], the spec says [{string.Join(", ", actual[value])}]");
        }
    }
}
