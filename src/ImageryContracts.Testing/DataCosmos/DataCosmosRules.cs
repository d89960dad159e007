using ImageryContracts.Geometry;
using ImageryContracts.Testing.DataCosmos.Contract;
using ImageryContracts.Testing.Specs;
using ImageryContracts.Validation;
using Newtonsoft.Json.Linq;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>
/// Checks an order request as the vendor would and prices its lines: the contract and items must exist, and the
/// spec's rules on <c>OrderLineItem</c> (geometry with project_id) and <c>License</c> (accepted) must hold. The rule
/// tables are read from the embedded spec.
/// </summary>
internal sealed class DataCosmosRules
{
    private const string VendorName = "DataCosmos";

    private readonly SchemaRules _line;
    private readonly SchemaRules _license;
    private readonly DataCosmosSimulatorOptions _options;
    private readonly DataCosmosCatalogue _catalogue;

    public DataCosmosRules(DataCosmosSimulatorOptions options, DataCosmosCatalogue catalogue)
    {
        var spec = EmbeddedSpec.Load("datacosmos.yaml");
        _line = SchemaRules.FromSpec(spec, "OrderLineItem", VendorName);
        _license = SchemaRules.FromSpec(spec, "License", VendorName);
        _options = options;
        _catalogue = catalogue;
    }

    /// <summary>The organisation's contract with this id, or null.</summary>
    public DataCosmosPolicy? Policy(long organisationId, long contractId) =>
        _options.Organisations.FirstOrDefault(organisation => organisation.Id == organisationId)?.Policies.FirstOrDefault(policy => policy.ContractId == contractId);

    /// <summary>The catalogue item, or null.</summary>
    public DataCosmosCatalogueItem? Item(string collection, string item) => _catalogue.Find(collection, item);

    /// <summary>A message naming the item and what the catalogue holds.</summary>
    public string UnknownItem(string collection, string item) =>
        $"Item '{item}' of collection '{collection}' is not in the simulator's catalogue; use one a search returns, or one of: {string.Join(", ", _catalogue.Listed.Select(entry => $"{entry.Collection}/{entry.Item}"))}.";

    /// <summary>The order's lines with server-assigned ids, its total under the contract, and every rule it breaks.</summary>
    public (IReadOnlyList<OrderLineItem> Lines, decimal Total, ValidationResult Result) Check(CreateOrderRequest request, DataCosmosPolicy policy)
    {
        var json = JObject.FromObject(request);
        var problems = new List<ValidationProblem>();
        var lines = new List<OrderLineItem>();
        var total = 0m;
        for (var index = 0; index < request.Data.Order_line_items.Count; index++)
        {
            var line = request.Data.Order_line_items[index];
            var path = $"data/order_line_items/{index}";
            var lineJson = (JObject)json["data"]!["order_line_items"]![index]!;
            var lineProblems = _line.Check(lineJson, path, sensor: null).ToList();
            var item = Item(line.Collection, line.Item);
            if (item is null)
            {
                lineProblems.Add(new ValidationProblem("catalogue", UnknownItem(line.Collection, line.Item), [$"{path}/item"]));
            }
            else if (!string.Equals(item.Level, line.Level, StringComparison.OrdinalIgnoreCase))
            {
                lineProblems.Add(new ValidationProblem("catalogue", $"level '{line.Level}' is not the level of item '{line.Item}'; it is sold at {item.Level}.", [$"{path}/level"]));
            }

            var area = item?.AreaKm2 ?? 0;
            if (lineJson["geometry"] is JObject geometry)
            {
                var polygon = GeoJsonPolygon.Parse(geometry.ToString(Newtonsoft.Json.Formatting.None));
                lineProblems.AddRange(polygon.Validate($"{path}/geometry").Problems);
                area = polygon.AreaKm2;
            }

            problems.AddRange(lineProblems);
            if (lineProblems.Count == 0)
            {
                total += DataCosmosPricing.Final(policy, area);
                lines.Add(new OrderLineItem
                {
                    Id = Guid.NewGuid(),
                    Collection = line.Collection,
                    Item = line.Item,
                    Level = line.Level,
                    Geometry = line.Geometry,
                    Project_id = line.Project_id,
                });
            }
        }

        var licenses = json["licenses"] as JArray ?? [];
        for (var index = 0; index < licenses.Count; index++)
        {
            problems.AddRange(_license.Check((JObject)licenses[index], $"licenses/{index}", sensor: null));
        }

        return (lines, total, problems.Count == 0 ? ValidationResult.Success : new ValidationResult(problems));
    }
}
