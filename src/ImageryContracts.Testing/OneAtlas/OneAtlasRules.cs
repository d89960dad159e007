using ImageryContracts.Geometry;
using ImageryContracts.Testing.OneAtlas.Contract;
using ImageryContracts.Testing.Specs;
using ImageryContracts.Validation;
using Newtonsoft.Json.Linq;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>
/// Checks a price or order request as the vendor would and prices what passes: each product's catalogue item must
/// exist, and the spec's rules on <c>Product</c> and <c>OrderRequest</c> (sensor tables, CRS pattern, AOI shape and
/// minimum area) must hold for the item's sensor. The rule tables are read from the embedded spec.
/// </summary>
internal sealed class OneAtlasRules
{
    private const string VendorName = "OneAtlas";

    private readonly SchemaRules _product;
    private readonly SchemaRules _request;
    private readonly OneAtlasSimulatorOptions _options;
    private readonly IReadOnlyDictionary<Guid, OneAtlasCatalogueItem> _catalogue;
    private readonly IReadOnlyDictionary<string, string> _constellationBySensor;

    public OneAtlasRules(OneAtlasSimulatorOptions options)
    {
        var spec = EmbeddedSpec.Load("oneatlas.yaml");
        _product = SchemaRules.FromSpec(spec, "Product", VendorName);
        _request = SchemaRules.FromSpec(spec, "OrderRequest", VendorName);
        _options = options;

        var sensors = spec.SensorValues();
        foreach (var item in options.Catalogue.Where(item => !sensors.Contains(item.Sensor)))
        {
            throw new ArgumentException($"Catalogue item {item.Id} has sensor '{item.Sensor}', which {spec.FileName} does not list; use one of: {string.Join(", ", sensors)}.", nameof(options));
        }

        _catalogue = options.Catalogue.ToDictionary(item => item.Id);

        // The spec maps each constellation a search reports to the sensor whose rules apply (x-imagery-sensor-of); the
        // catalogue knows the sensor, so the feature's constellation is that mapping read backwards.
        _constellationBySensor = EmbeddedSpec.OptionalMapping(spec.Schema("Constellation"), "x-imagery-sensor-of")!.Children
            .ToDictionary(pair => ((YamlDotNet.RepresentationModel.YamlScalarNode)pair.Value).Value!, pair => ((YamlDotNet.RepresentationModel.YamlScalarNode)pair.Key).Value!);
        foreach (var sensor in sensors.Where(sensor => !_constellationBySensor.ContainsKey(sensor)))
        {
            throw new InvalidOperationException($"{spec.FileName} maps no constellation to the sensor '{sensor}' (Constellation's x-imagery-sensor-of); add one.");
        }
    }

    /// <summary>The constellation a search reports for an item, from the spec's constellation → sensor mapping.</summary>
    public string ConstellationOf(OneAtlasCatalogueItem item) => _constellationBySensor[item.Sensor];

    public (IReadOnlyList<PricedProduct> Products, ValidationResult Result) Check(OrderRequest request)
    {
        var json = JObject.FromObject(request);
        var problems = new List<ValidationProblem>();
        var priced = new List<PricedProduct>();
        for (var index = 0; index < request.Products.Count; index++)
        {
            var product = request.Products[index];
            var path = $"products/{index}";
            if (!_catalogue.TryGetValue(product.Id, out var item))
            {
                problems.Add(new ValidationProblem("catalogue",
                    $"{path}/id {product.Id} is not a catalogue item this simulator knows; use an id from its catalogue (OneAtlasSimulatorOptions.Catalogue), such as {_catalogue.Keys.First()}.",
                    [$"{path}/id"]));
                continue;
            }

            var productJson = (JObject)json["products"]![index]!;
            var productProblems = _product.Check(productJson, path, item.Sensor, _options.EnforceMinimumAoiArea)
                .Concat(_request.Check(json, "", item.Sensor, _options.EnforceMinimumAoiArea))
                .ToArray();
            problems.AddRange(productProblems.Where(problem => !problems.Contains(problem)));
            if (productProblems.Length == 0)
            {
                var area = GeoJsonPolygon.Parse(productJson["aoi"]!.ToString(Newtonsoft.Json.Formatting.None)).AreaKm2;
                priced.Add(new PricedProduct(product, item, area, Amount(product, productJson, area)));
            }
        }

        return (priced, problems.Count == 0 ? ValidationResult.Success : new ValidationResult(problems));
    }

    private long Amount(Product product, JObject productJson, double areaKm2)
    {
        var type = productJson["productType"]!.ToString();
        return _options.CreditsPerKm2.TryGetValue(type, out var rate)
            ? (long)Math.Round((decimal)areaKm2 * rate, MidpointRounding.AwayFromZero)
            : throw new InvalidOperationException($"OneAtlasSimulatorOptions.CreditsPerKm2 has no rate for product type '{type}' (product {product.Id}); add one.");
    }
}
