using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Testing.Specs;

/// <summary>
/// One curated vendor spec as embedded in this assembly: the very file NSwag generated the simulator's contract from,
/// so the rule tables the simulator enforces cannot drift from the contract it serves.
/// </summary>
internal sealed class EmbeddedSpec
{
    private const string ResourcePrefix = "ImageryContracts.Testing.Specs.";

    private readonly YamlMappingNode _schemas;

    private EmbeddedSpec(string fileName, YamlMappingNode root)
    {
        FileName = fileName;
        _schemas = Mapping(Mapping(root, "components"), "schemas");
    }

    /// <summary>The spec's file name, as messages name it.</summary>
    public string FileName { get; }

    /// <summary>Reads an embedded spec by file name (<c>oneatlas.yaml</c>).</summary>
    public static EmbeddedSpec Load(string fileName)
    {
        using var stream = typeof(EmbeddedSpec).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The spec '{fileName}' is not embedded in {typeof(EmbeddedSpec).Assembly.GetName().Name}; add it as a SimulatorContract item in the project file.");
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        return new EmbeddedSpec(fileName, (YamlMappingNode)yaml.Documents[0].RootNode);
    }

    /// <summary>The schema <c>components/schemas/{name}</c>.</summary>
    public YamlMappingNode Schema(string name) =>
        _schemas.Children.TryGetValue(new YamlScalarNode(name), out var node) && node is YamlMappingNode schema
            ? schema
            : throw new InvalidOperationException($"{FileName} has no schema components/schemas/{name}.");

    /// <summary>The wire values of the schema marked <c>x-imagery-role: sensor</c>, which the rule tables name.</summary>
    public IReadOnlyList<string> SensorValues() =>
        _schemas.Children.Values.OfType<YamlMappingNode>()
            .Where(schema => Scalar(schema, "x-imagery-role") == "sensor")
            .Select(schema => OptionalSequence(schema, "enum") is { } values ? Strings(values) : [])
            .FirstOrDefault() ?? throw new InvalidOperationException($"{FileName} has no schema with x-imagery-role: sensor.");

    /// <summary>The schema a property points at through <c>$ref</c>, or the property's own schema when it has no <c>$ref</c>.</summary>
    public YamlMappingNode Resolve(YamlMappingNode propertySchema) =>
        Scalar(propertySchema, "$ref") is { } reference ? Schema(reference[(reference.LastIndexOf('/') + 1)..]) : propertySchema;

    /// <summary>A scalar member's text, or null when the member is missing.</summary>
    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>A mapping member, or null when it is missing.</summary>
    public static YamlMappingNode? OptionalMapping(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    /// <summary>A sequence member, or null when it is missing.</summary>
    public static YamlSequenceNode? OptionalSequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlSequenceNode : null;

    /// <summary>The scalars of a sequence, in order.</summary>
    public static IReadOnlyList<string> Strings(YamlSequenceNode sequence) =>
        sequence.Children.OfType<YamlScalarNode>().Select(scalar => scalar.Value ?? "").ToArray();

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) =>
        OptionalMapping(node, key) ?? throw new InvalidOperationException($"The spec has no '{key}' mapping.");
}
