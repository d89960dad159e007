using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>
/// Edits a team would make to its copy of a vendor spec when the vendor changes: a new or dropped enum value, a renamed
/// property, a new operation. Done on the YAML tree, so the test does not depend on the spec's formatting.
/// </summary>
public static class SpecEdits
{
    /// <summary>Adds a value (with its C# name and description) to a string enum schema.</summary>
    /// <param name="specPath">The spec file, rewritten in place.</param>
    /// <param name="schema">The schema's name under <c>components/schemas</c>.</param>
    /// <param name="wireValue">The new wire value.</param>
    /// <param name="memberName">The C# member name (<c>x-enum-varnames</c>).</param>
    public static void AddEnumValue(string specPath, string schema, string wireValue, string memberName) => Edit(specPath, root =>
    {
        var enumSchema = Map(Map(Map(root, "components"), "schemas"), schema);
        Sequence(enumSchema, "enum").Add(new YamlScalarNode(wireValue));
        if (enumSchema.Children.ContainsKey("x-enum-varnames"))
        {
            Sequence(enumSchema, "x-enum-varnames").Add(new YamlScalarNode(memberName));
        }

        if (enumSchema.Children.ContainsKey("x-enum-descriptions"))
        {
            Sequence(enumSchema, "x-enum-descriptions").Add(new YamlScalarNode($"Added by the consumer's spec edit ({wireValue})."));
        }
    });

    /// <summary>Removes a value from a string enum schema, with its C# name, description and rule entries.</summary>
    /// <param name="specPath">The spec file, rewritten in place.</param>
    /// <param name="schema">The schema's name under <c>components/schemas</c>.</param>
    /// <param name="wireValue">The wire value the vendor no longer sends.</param>
    public static void RemoveEnumValue(string specPath, string schema, string wireValue) => Edit(specPath, root =>
    {
        var enumSchema = Map(Map(Map(root, "components"), "schemas"), schema);
        var values = Sequence(enumSchema, "enum");
        var index = values.Children.ToList().FindIndex(value => value is YamlScalarNode scalar && scalar.Value == wireValue);
        if (index < 0)
        {
            throw new InvalidOperationException($"The enum '{schema}' has no value '{wireValue}' to remove.");
        }

        foreach (var list in new[] { "enum", "x-enum-varnames", "x-enum-descriptions" }.Where(key => enumSchema.Children.ContainsKey(key)))
        {
            Sequence(enumSchema, list).Children.RemoveAt(index);
        }

        // Rule tables keyed by wire value (x-imagery-sensors, x-imagery-deprecated) lose the value's entry too.
        foreach (var table in enumSchema.Children.Values.OfType<YamlMappingNode>())
        {
            table.Children.Remove(new YamlScalarNode(wireValue));
        }
    });

    /// <summary>Renames a property of an object schema, and in its <c>required</c> list.</summary>
    /// <param name="specPath">The spec file, rewritten in place.</param>
    /// <param name="schema">The schema's name under <c>components/schemas</c>.</param>
    /// <param name="from">The property's wire name now.</param>
    /// <param name="to">Its new wire name.</param>
    public static void RenameProperty(string specPath, string schema, string from, string to) => Edit(specPath, root =>
    {
        var objectSchema = Map(Map(Map(root, "components"), "schemas"), schema);
        var properties = Map(objectSchema, "properties");
        var property = Map(properties, from);
        properties.Children.Remove(new YamlScalarNode(from));
        properties.Add(to, property);
        if (objectSchema.Children.ContainsKey("required"))
        {
            var required = Sequence(objectSchema, "required");
            var index = required.Children.ToList().FindIndex(name => name is YamlScalarNode scalar && scalar.Value == from);
            if (index >= 0)
            {
                required.Children[index] = new YamlScalarNode(to);
            }
        }
    });

    /// <summary>Adds a path whose operations are those of an existing path, under new operation ids.</summary>
    /// <param name="specPath">The spec file, rewritten in place.</param>
    /// <param name="existingPath">The path to take the operations from.</param>
    /// <param name="newPath">The new path.</param>
    /// <param name="operationIdSuffix">Appended to each copied operation id, which must stay unique.</param>
    public static void AddPathLike(string specPath, string existingPath, string newPath, string operationIdSuffix) => Edit(specPath, root =>
    {
        // A second reading of the file gives an independent copy of the path item.
        var copy = Map(Map(Load(specPath), "paths"), existingPath);
        foreach (var operation in copy.Children.Values.OfType<YamlMappingNode>().Where(o => o.Children.ContainsKey("operationId")))
        {
            operation.Children[new YamlScalarNode("operationId")] = new YamlScalarNode(((YamlScalarNode)operation["operationId"]).Value + operationIdSuffix);
        }

        Map(root, "paths").Add(newPath, copy);
    });

    private static void Edit(string specPath, Action<YamlMappingNode> edit)
    {
        var root = Load(specPath);
        edit(root);
        using var writer = new StreamWriter(specPath);
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
    }

    private static YamlMappingNode Load(string specPath)
    {
        using var reader = new StreamReader(specPath);
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode parent, string key) =>
        parent.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlMappingNode map
            ? map
            : throw new InvalidOperationException($"The spec has no mapping '{key}' where the edit expects one.");

    private static YamlSequenceNode Sequence(YamlMappingNode parent, string key) =>
        parent.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence
            ? sequence
            : throw new InvalidOperationException($"The spec has no list '{key}' where the edit expects one.");
}
