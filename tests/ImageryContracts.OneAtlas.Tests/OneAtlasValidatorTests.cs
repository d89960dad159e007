using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Validation;
using ImageryContracts.Validation;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>
/// The validator generated into ImageryContracts.OneAtlas from the spec, on every row of the guide's rule tables (valid
/// and invalid), and on the combinations the analyzers flag.
/// </summary>
public sealed class OneAtlasValidatorTests
{
    public static TheoryData<string, Sensor, bool> ProductTypeRows => SeedRuleTables.Rows(SeedRuleTables.ProductTypes);

    public static TheoryData<string, Sensor, bool> RadiometricProcessingRows => SeedRuleTables.Rows(SeedRuleTables.RadiometricProcessings);

    public static TheoryData<string, Sensor, bool> OrderKindRows => SeedRuleTables.Rows(SeedRuleTables.OrderKinds);

    public static TheoryData<string, Sensor, bool> ConsumptionModeRows => SeedRuleTables.Rows(SeedRuleTables.ConsumptionModes);

    [Theory]
    [MemberData(nameof(ProductTypeRows))]
    public void ProductTypeIsCheckedAgainstTheSensor(string wireValue, Sensor sensor, bool accepted)
    {
        Assert.True(ProductTypeExtensions.TryParse(wireValue, out var productType));

        var result = OneAtlasValidator.ValidateProductRequest(productType: productType, sensor: sensor);

        AssertSensorRule(result, accepted, wireValue, sensor, "productType");
    }

    [Theory]
    [MemberData(nameof(RadiometricProcessingRows))]
    public void RadiometricProcessingIsCheckedAgainstTheSensor(string wireValue, Sensor sensor, bool accepted)
    {
        Assert.True(RadiometricProcessingExtensions.TryParse(wireValue, out var processing));

        var result = OneAtlasValidator.ValidateProductRequest(radiometricProcessing: processing, sensor: sensor);

        AssertSensorRule(result, accepted, wireValue, sensor, "radiometricProcessing");
    }

    [Theory]
    [MemberData(nameof(OrderKindRows))]
    public void OrderKindIsCheckedAgainstTheSensorAndTheGbKindIsDeprecated(string wireValue, Sensor sensor, bool accepted)
    {
        Assert.True(OrderKindExtensions.TryParse(wireValue, out var kind));

        var problems = OneAtlasValidator.ValidateProductRequest(kind: kind, sensor: sensor).Problems.ToList();

        var deprecated = problems.Where(p => p.RuleId == "IMG1002").ToList();
        Assert.Equal(wireValue == "order.data.gb.product" ? 1 : 0, deprecated.Count);
        AssertSensorRule(new ValidationResult(problems.Except(deprecated).ToList()), accepted, wireValue, sensor, "kind");
    }

    [Theory]
    [MemberData(nameof(ConsumptionModeRows))]
    public void ConsumptionModeIsCheckedAgainstTheSensorAndTilesAndGbAreDeprecated(string wireValue, Sensor sensor, bool accepted)
    {
        Assert.True(ConsumptionModeExtensions.TryParse(wireValue, out var mode));

        var problems = OneAtlasValidator.ValidateProductRequest(consumptionMode: mode, sensor: sensor).Problems.ToList();

        var deprecated = problems.Where(p => p.RuleId == "IMG1002").ToList();
        Assert.Equal(wireValue is "tiles" or "gb" ? 1 : 0, deprecated.Count);
        AssertSensorRule(new ValidationResult(problems.Except(deprecated).ToList()), accepted, wireValue, sensor, "consumptionMode");
    }

    [Theory]
    [InlineData(ImageFormat.Jp2)]
    [InlineData(ImageFormat.GeoTiff)]
    public void EveryImageFormatIsAcceptedWithEverySensor(ImageFormat format)
    {
        foreach (var sensor in SeedRuleTables.AllSensors)
        {
            Assert.True(OneAtlasValidator.ValidateProductRequest(imageFormat: format, sensor: sensor).IsValid);
        }
    }

    [Fact]
    public void Basic16WithANeoProductTypeNamesBothValuesTheirSensorsAndTheFixes()
    {
        var result = OneAtlasValidator.ValidateProductRequest(productType: ProductType.BundleFs, radiometricProcessing: RadiometricProcessing.Basic16);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IMG1001", problem.RuleId);
        Assert.Equal("bundle-fs is accepted by PNEO; BASIC16 by SPOT, PHR: no sensor accepts both. Use bundle or REFLECTANCE.", problem.Message);
        Assert.Equal(["productType", "radiometricProcessing"], problem.Fields);
    }

    [Fact]
    public void Basic16WithAnExplicitPleiadesNeoSensorSuggestsReflectance()
    {
        var problem = Assert.Single(OneAtlasValidator.ValidateProductRequest(radiometricProcessing: RadiometricProcessing.Basic16, sensor: Sensor.PleiadesNeo).Problems);

        Assert.Equal("BASIC16 is accepted by SPOT, PHR; the requested sensor is PNEO: no sensor accepts both. Use REFLECTANCE.", problem.Message);
        Assert.Equal(["radiometricProcessing", "sensor"], problem.Fields);
    }

    [Fact]
    public void TheGbKindWithANeoProductTypeReportsTheConflictAndTheDeprecation()
    {
        var result = OneAtlasValidator.ValidateProductRequest(kind: OrderKind.DataGbProduct, productType: ProductType.PansharpenedFs, radiometricProcessing: RadiometricProcessing.Display);

        Assert.Equal(
            [
                ("IMG1002", "order.data.gb.product is being abandoned by OneAtlas: GB (gigabyte) consumption will be abandoned soon. Use order.data.product instead."),
                ("IMG1001", "order.data.gb.product is accepted by SPOT, PHR; pansharpened-fs by PNEO: no sensor accepts both. Use pansharpened."),
            ],
            result.Problems.Select(p => (p.RuleId, p.Message)));
    }

    [Fact]
    public void ThreeConflictingValuesAreNamedTogetherWithTheOneFixThatResolvesThem()
    {
        var problem = OneAtlasValidator.ValidateProductRequest(
            kind: OrderKind.DataGbProduct,
            productType: ProductType.BundleFs,
            radiometricProcessing: RadiometricProcessing.Basic16).Problems.Single(p => p.RuleId == "IMG1001");

        Assert.Equal("order.data.gb.product is accepted by SPOT, PHR; bundle-fs by PNEO; BASIC16 by SPOT, PHR: no sensor accepts all of them. Use bundle.", problem.Message);
    }

    [Fact]
    public void TheSeedsPricedProductIsValid()
    {
        // Seed 000's price example: bundle, REFLECTANCE, image/jp2, EPSG 4326, kind order.data.product, a PHR image.
        var result = OneAtlasValidator.ValidateProductRequest(
            kind: OrderKind.DataProduct,
            productType: ProductType.Bundle,
            radiometricProcessing: RadiometricProcessing.Reflectance,
            imageFormat: ImageFormat.Jp2,
            crsCode: CrsCode.Parse("urn:ogc:def:crs:EPSG::4326"),
            sensor: Sensor.Pleiades);

        Assert.True(result.IsValid, result.ToString());
        Assert.Same(ValidationResult.Success, result);
    }

    [Fact]
    public void AnUnsetRequestIsValid() => Assert.True(OneAtlasValidator.ValidateProductRequest().IsValid);

    [Fact]
    public void TheDefaultCrsCodeIsRejected()
    {
        var problem = Assert.Single(OneAtlasValidator.ValidateProductRequest(crsCode: default(CrsCode)).Problems);

        Assert.Equal(("IMG1003", "crsCode"), (problem.RuleId, problem.Fields.Single()));
        Assert.StartsWith("EPSG:0 is not accepted by OneAtlas; accepted: EPSG:4326,", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0019, false)]
    [InlineData(0.0999, false)]
    [InlineData(0.1, true)]
    [InlineData(31.73, true)]
    public void TheAoiMinimumIsTheGuides01Km2(double areaKm2, bool accepted)
    {
        var result = OneAtlasValidator.ValidatePolygonArea(areaKm2);

        Assert.Equal(accepted, result.IsValid);
        if (!accepted)
        {
            var problem = Assert.Single(result.Problems);
            Assert.Equal("IMG1004", problem.RuleId);
            Assert.Equal($"The Polygon covers {areaKm2.ToString(System.Globalization.CultureInfo.InvariantCulture)} km², under OneAtlas' minimum of 0.1 km². Enlarge it to at least 0.1 km².", problem.Message);
        }
    }

    private static void AssertSensorRule(ValidationResult result, bool accepted, string wireValue, Sensor sensor, string field)
    {
        if (accepted)
        {
            Assert.True(result.IsValid, result.ToString());
            return;
        }

        var problem = Assert.Single(result.Problems);
        Assert.Equal("IMG1001", problem.RuleId);
        Assert.Equal([field, "sensor"], problem.Fields);
        Assert.StartsWith($"{wireValue} is accepted by ", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"the requested sensor is {sensor.ToWireValue()}: no sensor accepts both.", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The rule tables of the vendor's ordering guide (seed 000), written here literally from the guide and independent of
    /// the spec, so a spec that drifts from the guide fails the tests.
    /// </summary>
    public static class SeedRuleTables
    {
        /// <summary>Every sensor the guide names: SPOT, Pléiades (PHR), Pléiades Neo (PNEO).</summary>
        public static readonly Sensor[] AllSensors = [Sensor.Spot, Sensor.Pleiades, Sensor.PleiadesNeo];

        /// <summary>"Available product types are": product type → sensors.</summary>
        public static readonly IReadOnlyDictionary<string, Sensor[]> ProductTypes = new Dictionary<string, Sensor[]>
        {
            ["bundle"] = [Sensor.Spot, Sensor.Pleiades],
            ["pansharpened"] = [Sensor.Spot, Sensor.Pleiades],
            ["panchromatic"] = [Sensor.Spot, Sensor.Pleiades],
            ["multiSpectral"] = [Sensor.Spot, Sensor.Pleiades],
            ["bundle-fs"] = [Sensor.PleiadesNeo],
            ["pansharpened-fs"] = [Sensor.PleiadesNeo],
        };

        /// <summary>"Available radiometric processing types are": processing → sensors.</summary>
        public static readonly IReadOnlyDictionary<string, Sensor[]> RadiometricProcessings = new Dictionary<string, Sensor[]>
        {
            ["BASIC16"] = [Sensor.Spot, Sensor.Pleiades],
            ["REFLECTANCE"] = AllSensors,
            ["DISPLAY"] = AllSensors,
        };

        /// <summary>The order kind table: kind → sensors (km² consumption; the GB kind is SPOT and Pléiades only).</summary>
        public static readonly IReadOnlyDictionary<string, Sensor[]> OrderKinds = new Dictionary<string, Sensor[]>
        {
            ["order.data.product"] = AllSensors,
            ["order.data.gb.product"] = [Sensor.Spot, Sensor.Pleiades],
        };

        /// <summary>The consumption modes of the order kind table → sensors ("Tiles" and "GB" will be abandoned soon).</summary>
        public static readonly IReadOnlyDictionary<string, Sensor[]> ConsumptionModes = new Dictionary<string, Sensor[]>
        {
            ["km2"] = AllSensors,
            ["tiles"] = [Sensor.Spot, Sensor.Pleiades],
            ["gb"] = [Sensor.Spot, Sensor.Pleiades],
        };

        /// <summary>Every (value, sensor) pair of a table with whether the guide accepts it.</summary>
        /// <param name="table">A table.</param>
        /// <returns>The rows, valid and invalid.</returns>
        public static TheoryData<string, Sensor, bool> Rows(IReadOnlyDictionary<string, Sensor[]> table)
        {
            var rows = new TheoryData<string, Sensor, bool>();
            foreach (var (value, sensors) in table)
            {
                foreach (var sensor in AllSensors)
                {
                    rows.Add(value, sensor, sensors.Contains(sensor));
                }
            }

            return rows;
        }
    }

    [Fact]
    public void Bundle_with_basic16_passes_without_a_sensor_but_is_refused_for_a_pleiades_neo_image()
    {
        var request = Request(ProductType.Bundle, RadiometricProcessing.Basic16);

        var unknownSensor = OneAtlasValidator.Validate(request);
        var pleiadesNeo = OneAtlasValidator.Validate(request, Sensor.PleiadesNeo);

        Assert.True(unknownSensor.IsValid);
        var problem = Assert.Single(pleiadesNeo.Errors);
        Assert.Equal("IMG1001", problem.RuleId);
        Assert.Contains("the requested sensor is PNEO", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("the requested sensor is PNEO: no sensor accepts all of them. Use bundle-fs and REFLECTANCE.", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["products/0/productType", "products/0/radiometricProcessing", "sensor"], problem.Fields);
    }

    [Fact]
    public void Bundle_fs_is_refused_for_a_pleiades_image_and_accepted_for_a_pleiades_neo_one()
    {
        var request = Request(ProductType.BundleFs, RadiometricProcessing.Reflectance);

        var pleiades = Assert.Single(OneAtlasValidator.Validate(request, Sensor.Pleiades).Errors);

        Assert.Contains("bundle-fs is accepted by PNEO; the requested sensor is PHR", pleiades.Message, StringComparison.Ordinal);
        Assert.Contains("Use bundle.", pleiades.Message, StringComparison.Ordinal);
        Assert.True(OneAtlasValidator.Validate(request, Sensor.PleiadesNeo).IsValid);
    }

    private static OrderRequest Request(ProductType productType, RadiometricProcessing processing) => new()
    {
        Kind = OrderKind.DataProduct,
        Products =
        [
            new Product
            {
                Id = Guid.Parse("1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6"),
                ProductType = productType,
                RadiometricProcessing = processing,
                ImageFormat = ImageFormat.Jp2,
                CrsCode = CrsCode.Wgs84,
                Aoi = new Polygon
                {
                    Type = PolygonType.Polygon,
                    Coordinates = [[[1.40, 43.59], [1.50, 43.59], [1.50, 43.63], [1.40, 43.63], [1.40, 43.59]]],
                },
            },
        ],
    };
}
