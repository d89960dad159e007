using System.Text;
using ImageryContracts.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = ImageryContracts.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ImageryContracts.Analyzers.Analyzers.SensorCompatibilityAnalyzer>;

namespace ImageryContracts.Analyzers.Tests.Diagnostics;

/// <summary>
/// Every combination of the seed's tables (OneAtlas Data guide: order kinds, product types, radiometric processings,
/// each with its sensors), written once as C# and checked: valid rows stay silent, every other row gets IMG1001.
/// </summary>
public sealed class SeedRuleTableTests
{
    private static readonly string[] All = ["SPOT", "PHR", "PNEO"];
    private static readonly string[] SpotAndPleiades = ["SPOT", "PHR"];
    private static readonly string[] PleiadesNeo = ["PNEO"];

    // "Order kind / Consumption mode / Sensors": km² → all three; GB → SPOT and Pleiades only.
    private static readonly (string Member, string[] Sensors)[] OrderKinds =
    [
        ("DataProduct", All),
        ("DataGbProduct", SpotAndPleiades),
    ];

    // "Product type / Sensors".
    private static readonly (string Member, string[] Sensors)[] ProductTypes =
    [
        ("Bundle", SpotAndPleiades),
        ("Pansharpened", SpotAndPleiades),
        ("Panchromatic", SpotAndPleiades),
        ("MultiSpectral", SpotAndPleiades),
        ("BundleFs", PleiadesNeo),
        ("PansharpenedFs", PleiadesNeo),
    ];

    // "Radiometric Processing / Sensors".
    private static readonly (string Member, string[] Sensors)[] Processings =
    [
        ("Basic16", SpotAndPleiades),
        ("Reflectance", All),
        ("Display", All),
    ];

    private static readonly (string Member, string[] Sensors)[] Sensors =
    [
        ("Spot", ["SPOT"]),
        ("Pleiades", ["PHR"]),
        ("PleiadesNeo", ["PNEO"]),
    ];

    private static IEnumerable<(string Kind, string ProductType, string Processing, bool Valid, bool ClashAtProductType)> OrderRows() =>
        from kind in OrderKinds
        from productType in ProductTypes
        from processing in Processings
        select (kind.Member, productType.Member, processing.Member,
            kind.Sensors.Intersect(productType.Sensors).Intersect(processing.Sensors).Any(),
            !kind.Sensors.Intersect(productType.Sensors).Any());

    private static IEnumerable<(string ProductType, string Processing, string Sensor, bool Valid, bool ClashAtProcessing)> ValidatorRows() =>
        from productType in ProductTypes
        from processing in Processings
        from sensor in Sensors
        select (productType.Member, processing.Member, sensor.Member,
            productType.Sensors.Intersect(processing.Sensors).Intersect(sensor.Sensors).Any(),
            !productType.Sensors.Intersect(processing.Sensors).Any());

    [Fact]
    public Task Every_valid_row_stays_silent()
    {
        var body = new StringBuilder();
        foreach (var row in OrderRows().Where(r => r.Valid))
        {
            body.AppendLine($"        Add(new OrderRequest {{ Kind = OrderKind.{row.Kind}, Products = new List<Product> {{ new Product {{ ProductType = ProductType.{row.ProductType}, RadiometricProcessing = RadiometricProcessing.{row.Processing} }} }} }});");
        }

        foreach (var row in ValidatorRows().Where(r => r.Valid))
        {
            body.AppendLine($"        ProductRequestValidator.Validate(ProductType.{row.ProductType}, RadiometricProcessing.{row.Processing}, sensor: Sensor.{row.Sensor});");
        }

        return Verify.VerifyAsync(Consumer(body.ToString()));
    }

    [Fact]
    public void The_tables_give_28_valid_order_rows_and_8_invalid_ones()
    {
        // km²: 6 product types × 3 processings, less bundle-fs and pansharpened-fs with BASIC16; GB: the 4 SPOT and
        // Pléiades product types × 3 processings.
        Assert.Equal(16 + 12, OrderRows().Count(r => r.Valid));
        Assert.Equal(2 + 6, OrderRows().Count(r => !r.Valid));
    }

    [Fact]
    public Task Every_invalid_row_is_flagged_once()
    {
        var body = new StringBuilder();
        var expected = new List<DiagnosticResult>();
        foreach (var row in OrderRows().Where(r => !r.Valid))
        {
            // The diagnostic lands on the value that leaves no sensor, in source order.
            var productType = row.ClashAtProductType ? $"{{|#{expected.Count}:ProductType.{row.ProductType}|}}" : $"ProductType.{row.ProductType}";
            var processing = row.ClashAtProductType ? $"RadiometricProcessing.{row.Processing}" : $"{{|#{expected.Count}:RadiometricProcessing.{row.Processing}|}}";
            body.AppendLine($"        Add(new OrderRequest {{ Kind = OrderKind.{row.Kind}, Products = new List<Product> {{ new Product {{ ProductType = {productType}, RadiometricProcessing = {processing} }} }} }});");
            expected.Add(Flagged(expected.Count));
        }

        foreach (var row in ValidatorRows().Where(r => !r.Valid))
        {
            var processing = row.ClashAtProcessing ? $"{{|#{expected.Count}:RadiometricProcessing.{row.Processing}|}}" : $"RadiometricProcessing.{row.Processing}";
            var sensor = row.ClashAtProcessing ? $"Sensor.{row.Sensor}" : $"{{|#{expected.Count}:Sensor.{row.Sensor}|}}";
            body.AppendLine($"        ProductRequestValidator.Validate(ProductType.{row.ProductType}, {processing}, sensor: {sensor});");
            expected.Add(Flagged(expected.Count));
        }

        return Verify.VerifyAsync(Consumer(body.ToString()), [.. expected]);
    }

    // Messages are checked case by case elsewhere; here only where each diagnostic lands.
    private static DiagnosticResult Flagged(int markupIndex) =>
        new DiagnosticResult(RuleIds.IncompatibleSensors, DiagnosticSeverity.Error).WithLocation(markupIndex).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static string Consumer(string body) => $$"""
        using System.Collections.Generic;
        using Vendor.OneAtlas.Models;
        using Vendor.OneAtlas.Validation;

        class SeedRows
        {
            static void Add(OrderRequest request) { }

            void All()
            {
        {{body}}    }
        }
        """;
}
