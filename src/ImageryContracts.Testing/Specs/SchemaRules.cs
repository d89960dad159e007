using System.Globalization;
using ImageryContracts.Geometry;
using ImageryContracts.Validation;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Testing.Specs;

/// <summary>
/// The vendor rules on one object schema of a spec, read from its <c>x-imagery-*</c> extensions
/// (docs/spec-extensions.md) and checked against a request object as it arrived on the wire. Plain OpenAPI
/// constraints (required, pattern, minItems) are not here: NSwag turned them into the contract's attributes, which
/// ASP.NET Core checks before the action runs. Which fields are
/// restricted, and how, comes from the spec only: a rule added to the spec is enforced with no code change.
/// </summary>
internal sealed class SchemaRules
{
    private SchemaRules(
        string vendorName,
        IReadOnlyList<SensorRestriction> sensors,
        IReadOnlyList<(string Field, double Km2)> minimumAreas,
        IReadOnlyList<IReadOnlyList<string>> requiredTogether,
        IReadOnlyList<(string Field, string Value)> mustEqual)
    {
        VendorName = vendorName;
        Sensors = sensors;
        MinimumAreas = minimumAreas;
        RequiredTogether = requiredTogether;
        MustEqual = mustEqual;
    }

    /// <summary>The vendor, as messages name it.</summary>
    public string VendorName { get; }

    /// <summary>The fields whose values only some sensors accept.</summary>
    public IReadOnlyList<SensorRestriction> Sensors { get; }

    /// <summary>Polygon fields with a minimum area (<c>x-imagery-min-area-km2</c>).</summary>
    public IReadOnlyList<(string Field, double Km2)> MinimumAreas { get; }

    /// <summary>Groups of fields set together or not at all (<c>x-imagery-requires-together</c>).</summary>
    public IReadOnlyList<IReadOnlyList<string>> RequiredTogether { get; }

    /// <summary>Fields with the only value accepted (<c>x-imagery-must-equal</c>), as JSON text.</summary>
    public IReadOnlyList<(string Field, string Value)> MustEqual { get; }

    /// <summary>Reads the rules of <c>components/schemas/{schemaName}</c>.</summary>
    public static SchemaRules FromSpec(EmbeddedSpec spec, string schemaName, string vendorName)
    {
        var schema = spec.Schema(schemaName);
        var sensors = new List<SensorRestriction>();
        var areas = new List<(string, double)>();
        var mustEqual = new List<(string, string)>();
        foreach (var (key, value) in EmbeddedSpec.OptionalMapping(schema, "properties")?.Children.ToArray() ?? [])
        {
            var field = ((YamlScalarNode)key).Value!;
            var property = (YamlMappingNode)value;
            var target = spec.Resolve(property);
            if (EmbeddedSpec.OptionalMapping(target, "x-imagery-sensors") is { } table)
            {
                sensors.Add(new SensorRestriction(field, table.Children.ToDictionary(
                    pair => ((YamlScalarNode)pair.Key).Value!,
                    pair => EmbeddedSpec.Strings((YamlSequenceNode)pair.Value))));
            }

            if (EmbeddedSpec.Scalar(target, "x-imagery-min-area-km2") is { } km2)
            {
                areas.Add((field, double.Parse(km2, CultureInfo.InvariantCulture)));
            }

            if (EmbeddedSpec.Scalar(property, "x-imagery-must-equal") is { } only)
            {
                mustEqual.Add((field, only));
            }
        }

        var together = EmbeddedSpec.OptionalSequence(schema, "x-imagery-requires-together")?.Children
            .Select(group => EmbeddedSpec.Strings((YamlSequenceNode)group))
            .ToArray() ?? [];
        return new SchemaRules(vendorName, sensors, areas, together, mustEqual);
    }

    /// <summary>
    /// Every rule the object breaks. <paramref name="sensor"/> is the sensor of the image the object is about (the
    /// catalogue item's), or null when the schema's sensor rules do not apply.
    /// </summary>
    /// <param name="json">The object as it came on the wire.</param>
    /// <param name="path">Where the object sits in the request (<c>products/0</c>), prefixed to each field.</param>
    /// <param name="sensor">The image's sensor wire value.</param>
    /// <param name="enforceMinimumArea">False to check polygons' shape only, not their minimum area.</param>
    public IEnumerable<ValidationProblem> Check(JObject json, string path, string? sensor, bool enforceMinimumArea = true)
    {
        foreach (var restriction in sensor is null ? [] : Sensors)
        {
            var value = json[restriction.Field]?.ToString();
            if (value is not null && restriction.SensorsByValue.TryGetValue(value, out var accepted) && !accepted.Contains(sensor!))
            {
                yield return Problem("IMG1001",
                    $"{restriction.Field} '{value}' is accepted by {string.Join(", ", accepted)} only, but the image is a {sensor} image; for {sensor} use one of: {string.Join(", ", restriction.ValuesAcceptedBy(sensor!))}.",
                    path, restriction.Field);
            }
        }

        foreach (var (field, km2) in MinimumAreas)
        {
            if (json[field] is JObject geometry)
            {
                foreach (var problem in AreaProblems(geometry, enforceMinimumArea ? km2 : 0, Join(path, field)))
                {
                    yield return problem;
                }
            }
        }

        foreach (var group in RequiredTogether)
        {
            var present = group.Where(field => json[field] is { Type: not JTokenType.Null }).ToArray();
            if (present.Length > 0 && present.Length < group.Count)
            {
                var missing = group.Except(present).ToArray();
                yield return Problem("IMG1005",
                    $"{string.Join(", ", present)} is set without {string.Join(", ", missing)}: {VendorName} needs {string.Join(" and ", group)} together or not at all; set {string.Join(", ", missing)} or remove {string.Join(", ", present)}.",
                    path, [.. group]);
            }
        }

        foreach (var (field, value) in MustEqual)
        {
            if (json[field] is { } actual && !string.Equals(actual.ToString(Newtonsoft.Json.Formatting.None), value, StringComparison.OrdinalIgnoreCase))
            {
                yield return Problem("IMG1007",
                    $"{field} is {actual.ToString(Newtonsoft.Json.Formatting.None)}, but {VendorName} proceeds only when it is {value}; set it to {value}.",
                    path, field);
            }
        }
    }

    private IEnumerable<ValidationProblem> AreaProblems(JObject geometry, double minimumKm2, string fieldPath)
    {
        GeoJsonPolygon polygon;
        try
        {
            polygon = GeoJsonPolygon.Parse(geometry.ToString(Newtonsoft.Json.Formatting.None));
        }
        catch (FormatException exception)
        {
            return [new ValidationProblem(GeoJsonPolygon.AoiRuleId, exception.Message, [fieldPath])];
        }

        return polygon.Validate(minimumKm2, VendorName, fieldPath).Problems;
    }

    private static ValidationProblem Problem(string ruleId, string message, string path, params string[] fields) =>
        new(ruleId, message, fields.Select(field => Join(path, field)).ToArray());

    private static string Join(string path, string field) => path.Length == 0 ? field : $"{path}/{field}";
}
