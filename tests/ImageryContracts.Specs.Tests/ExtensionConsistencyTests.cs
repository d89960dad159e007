using System.Text.Json.Nodes;

namespace ImageryContracts.Specs.Tests;

/// <summary>
/// The rule extensions use the vocabulary of docs/spec-extensions.md and refer only to values that exist, so the
/// generator and analyzers can rely on them.
/// </summary>
public sealed class ExtensionConsistencyTests
{
    private static readonly string[] Vocabulary =
    [
        "x-enum-varnames", "x-enum-descriptions", "x-imagery-role", "x-imagery-sensors", "x-imagery-deprecated",
        "x-imagery-alternatives", "x-imagery-min-area-km2", "x-imagery-requires-together", "x-imagery-must-equal",
        "x-imagery-crs", "x-imagery-clr-type", "x-extensible-enum", "x-imagery-assumed", "x-source", "x-imagery-sensor-of",
    ];

    [Theory]
    [MemberData(nameof(Spec.AllVendors), MemberType = typeof(Spec))]
    public void Every_extension_is_in_the_shared_vocabulary(string vendor)
    {
        var unknown = Keys(Spec.Named(vendor).Tree).Where(k => k.StartsWith("x-", StringComparison.Ordinal)).Distinct()
            .Except(Vocabulary);

        Assert.Empty(unknown);
    }

    [Theory]
    [MemberData(nameof(Spec.AllVendors), MemberType = typeof(Spec))]
    public void Rule_maps_name_only_values_of_their_enum(string vendor)
    {
        var spec = Spec.Named(vendor);
        var sensors = SensorValues(spec);
        foreach (var (name, node) in spec.Tree["components"]!["schemas"]!.AsObject())
        {
            var schema = node!.AsObject();
            var values = schema.Enum().Count > 0 ? schema.Enum() : schema["x-extensible-enum"].Strings();
            var context = $"{vendor} {name}";

            var sensorMap = schema.ListMap("x-imagery-sensors");
            if (sensorMap.Count > 0)
            {
                Assert.True(values.Order(StringComparer.Ordinal).SequenceEqual(sensorMap.Keys.Order(StringComparer.Ordinal)), $"{context}: x-imagery-sensors must have one entry per enum value");
                Assert.All(sensorMap.Values.SelectMany(s => s), s => Assert.Contains(s, sensors));
            }

            Assert.All(schema.ListMap("x-imagery-alternatives").SelectMany(p => p.Value.Prepend(p.Key)), v => Assert.Contains(v, values));
            foreach (var (value, replacement) in schema.Replacements())
            {
                Assert.Contains(value, values);
                Assert.True(replacement.Length == 0 || values.Contains(replacement), $"{context}: replacement {replacement} is not a value");
            }

            if (schema["x-imagery-sensor-of"] is JsonObject sensorOf)
            {
                Assert.All(sensorOf, pair => Assert.Contains(pair.Key, values));
                Assert.All(sensorOf, pair => Assert.Contains(pair.Value!.GetValue<string>(), sensors));
            }

            foreach (var perValue in new[] { "x-enum-varnames", "x-enum-descriptions" })
            {
                Assert.True(schema[perValue] is null || schema[perValue].Strings().Count == values.Count, $"{context}: {perValue} needs one entry per enum value");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Spec.AllVendors), MemberType = typeof(Spec))]
    public void Paired_fields_are_properties_of_their_schema(string vendor)
    {
        foreach (var (name, node) in Spec.Named(vendor).Tree["components"]!["schemas"]!.AsObject())
        {
            var groups = node!["x-imagery-requires-together"]?.AsArray().SelectMany(g => g.Strings()) ?? [];
            Assert.All(groups, field => Assert.True(node["properties"]?[field] is not null, $"{name} has no property {field}"));
        }
    }

    [Fact]
    public void Only_oneatlas_has_a_sensor_enum()
    {
        Assert.Equal(["SPOT", "PHR", "PNEO"], SensorValues(Spec.OneAtlas));
        Assert.Empty(SensorValues(Spec.DataCosmos));
    }

    private static IReadOnlyList<string> SensorValues(Spec spec) =>
        spec.Tree["components"]!["schemas"]!.AsObject()
            .Where(p => p.Value!["x-imagery-role"]?.GetValue<string>() == "sensor")
            .SelectMany(p => p.Value!.AsObject().Enum())
            .ToList();

    private static IEnumerable<string> Keys(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Keys(p.Value).Prepend(p.Key)),
        JsonArray array => array.SelectMany(Keys),
        _ => [],
    };
}
