using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Diagnostics;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Generators.Parsing;

/// <summary>Reads schema objects into <see cref="ApiSchema"/>, with their enums and rule extensions.</summary>
internal sealed class SchemaReader
{
    private const string ComponentSchemasPointer = "#/components/schemas/";

    /// <summary>Schema keywords the generator cannot turn into correct C#; each is reported rather than ignored.</summary>
    private static readonly string[] UnsupportedKeywords = { "oneOf", "anyOf", "not", "discriminator" };

    private readonly ParseContext _context;
    private readonly EnumValueReader _enumValues;

    /// <summary>The C# type names handed out so far, with the pointer of the schema that has each.</summary>
    private readonly Dictionary<string, string> _typeNames = new();

    public SchemaReader(ParseContext context)
    {
        _context = context;
        _enumValues = new EnumValueReader(context);
    }

    /// <summary>Reads <c>components/schemas</c>: names first (so references resolve in any order), then each schema.</summary>
    public EquatableArray<ApiSchema> ReadComponents(YamlMappingNode? schemas)
    {
        if (schemas is null)
        {
            return EquatableArray<ApiSchema>.Empty;
        }

        var named = new List<(string Key, YamlNode Node, string Name)>();
        foreach (var entry in schemas.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key })
            {
                continue;
            }

            var pointer = JsonPointer.Append("#/components/schemas", key);
            if (ClaimTypeName(key, Identifiers.ToPascalCase(key), pointer, entry.Key) is { } name)
            {
                _context.ComponentNames[key] = name;
                named.Add((key, entry.Value, name));
            }
        }

        return named
            .Select(n => Read(n.Node, JsonPointer.Append("#/components/schemas", n.Key), n.Name) with { ComponentKey = n.Key })
            .ToEquatableArray();
    }

    /// <summary>Reads one schema.</summary>
    /// <param name="node">The schema's YAML node.</param>
    /// <param name="pointer">Its JSON pointer.</param>
    /// <param name="name">The C# type name it gets, when it becomes a type of its own.</param>
    /// <param name="itemsName">The C# type name its inline <c>items</c> get, for an array of an inline enum or object.</param>
    /// <param name="propertyOwnerName">The name inline property types are prefixed with (an allOf part's owner).</param>
    public ApiSchema Read(YamlNode node, string pointer, string? name = null, string? itemsName = null, string? propertyOwnerName = null)
    {
        _context.CancellationToken.ThrowIfCancellationRequested();
        if (node is not YamlMappingNode mapping)
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, node, "A schema that is not an object", pointer, "write the schema as a mapping of OpenAPI 3.0 schema keywords.");
            return new ApiSchema { Pointer = pointer, Location = _context.NodeLocationOf(node) };
        }

        ReportUnsupportedKeywords(mapping, pointer);
        var enumNode = mapping.Get("enum");
        var extensibleNode = mapping.Get("x-extensible-enum");
        var type = ReadType(mapping, pointer);
        var properties = ReadProperties(mapping, pointer, name ?? propertyOwnerName);
        var schema = new ApiSchema
        {
            Pointer = pointer,
            Name = name,
            Ref = ReadReference(mapping, pointer),
            Type = type,
            Format = mapping.GetString("format"),
            Title = mapping.GetString("title"),
            Description = mapping.GetString("description"),
            Nullable = mapping.GetBool("nullable"),
            ReadOnly = mapping.GetBool("readOnly"),
            WriteOnly = mapping.GetBool("writeOnly"),
            Deprecated = mapping.GetBool("deprecated"),
            Role = mapping.GetString("x-imagery-role"),
            Properties = properties,
            Required = ReadRequired(mapping),
            Items = mapping.Get("items") is { } items ? Read(items, JsonPointer.Append(pointer, "items"), itemsName) : null,
            AdditionalPropertiesAllowed = mapping.GetOptionalBool("additionalProperties"),
            AdditionalProperties = mapping.Get("additionalProperties") is YamlMappingNode additional ? Read(additional, JsonPointer.Append(pointer, "additionalProperties")) : null,
            AllOf = ReadAllOf(mapping, pointer, name ?? propertyOwnerName),
            OneOrManyItem = OneOrManyItemOf(mapping) is var (keyword, item, index) ? Read(item, JsonPointer.Append(JsonPointer.Append(pointer, keyword), index)) : null,
            ExampleJson = mapping.Get("example") is { } example ? YamlJson.Write(example) : null,
            DefaultJson = mapping.Get("default") is { } defaultValue ? YamlJson.Write(defaultValue) : null,
            Pattern = mapping.GetString("pattern"),
            Minimum = mapping.GetNumberText("minimum"),
            Maximum = mapping.GetNumberText("maximum"),
            MinLength = mapping.GetInt("minLength"),
            MaxLength = mapping.GetInt("maxLength"),
            MinItems = mapping.GetInt("minItems"),
            MaxItems = mapping.GetInt("maxItems"),
            ClrType = ReadClrType(mapping, pointer),
            Crs = CrsExtensionReader.Read(_context, mapping, pointer, type),
            MinAreaKm2 = ReadMinArea(mapping, pointer),
            RequiresTogether = ReadRequiresTogether(mapping, pointer, properties),
            MustEqualJson = mapping.Get("x-imagery-must-equal") is { } mustEqual ? YamlJson.Write(mustEqual) : null,
            Assumed = mapping.GetString("x-imagery-assumed"),
            Location = _context.NodeLocationOf(mapping),
        };

        if (extensibleNode is not null)
        {
            return schema with { EnumValues = _enumValues.Read(mapping, pointer, name ?? pointer, extensibleNode, "x-extensible-enum"), IsExtensibleEnum = true };
        }

        if (enumNode is not null && IsStringEnum(mapping, pointer, type))
        {
            return schema with { EnumValues = _enumValues.Read(mapping, pointer, name ?? pointer, enumNode, "enum") };
        }

        return schema;
    }

    private static bool IsInlineType(YamlNode node) =>
        node is YamlMappingNode mapping
        && mapping.Get("$ref") is null
        && (mapping.Get("enum") is not null || mapping.Get("x-extensible-enum") is not null || mapping.Get("properties") is not null);

    private bool IsStringEnum(YamlMappingNode mapping, string pointer, string? type)
    {
        if (type is null or "string")
        {
            return true;
        }

        _context.Report(DiagnosticDescriptors.UnsupportedConstruct, mapping.KeyOf("enum")!, $"An enum of type '{type}'", pointer, "only string enums become C# enums; make the values strings or drop the enum.");
        return false;
    }

    private void ReportUnsupportedKeywords(YamlMappingNode mapping, string pointer)
    {
        foreach (var keyword in UnsupportedKeywords)
        {
            if (mapping.KeyOf(keyword) is { } key && OneOrManyItemOf(mapping)?.Keyword != keyword)
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, key, $"'{keyword}'", JsonPointer.Append(pointer, keyword), "the generated models cover objects, arrays, maps, enums and allOf; describe the shape with those.");
            }
        }
    }

    private string? ReadType(YamlMappingNode mapping, string pointer)
    {
        switch (mapping.Get("type"))
        {
            case null:
                return null;
            case YamlScalarNode { Value: { } type }:
                return type;
            case { } other:
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, other, "A 'type' that is not a single name", JsonPointer.Append(pointer, "type"), "OpenAPI 3.0 takes one type; use 'nullable: true' for null.");
                return null;
        }
    }

    private string? ReadReference(YamlMappingNode mapping, string pointer)
    {
        if (mapping.Get("$ref") is not { } refNode)
        {
            return null;
        }

        var target = (refNode as YamlScalarNode)?.Value ?? "";
        if (target.StartsWith(ComponentSchemasPointer, System.StringComparison.Ordinal)
            && _context.ComponentNames.TryGetValue(JsonPointer.Unescape(target.Substring(ComponentSchemasPointer.Length)), out var name))
        {
            return name;
        }

        if (!target.StartsWith("#", System.StringComparison.Ordinal))
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, refNode, $"The external $ref '{target}'", pointer, "the spec must be one self-contained file; move the target under '#/components/schemas'.");
        }
        else if (_context.Resolve(target) is null)
        {
            _context.Report(DiagnosticDescriptors.UnresolvedReference, refNode, target, pointer);
        }
        else
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, refNode, $"The $ref '{target}'", pointer, "a schema $ref must name a component ('#/components/schemas/<Name>'); move the target there.");
        }

        return null;
    }

    private EquatableArray<ApiProperty> ReadProperties(YamlMappingNode mapping, string pointer, string? ownerName)
    {
        if (mapping.Get("properties") is not YamlMappingNode properties)
        {
            return EquatableArray<ApiProperty>.Empty;
        }

        var required = new HashSet<string>(ReadRequired(mapping));
        var result = new List<ApiProperty>();
        var propertiesPointer = JsonPointer.Append(pointer, "properties");
        foreach (var entry in properties.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } wireName })
            {
                continue;
            }

            var propertyPointer = JsonPointer.Append(propertiesPointer, wireName);
            var inlineItems = entry.Value is YamlMappingNode property && property.Get("items") is { } items && IsInlineType(items);
            var inlineName = ownerName is not null && (IsInlineType(entry.Value) || inlineItems)
                ? ClaimTypeName(wireName, ownerName + Identifiers.ToPascalCase(wireName), propertyPointer, entry.Key)
                : null;
            var schema = inlineItems
                ? Read(entry.Value, propertyPointer, itemsName: inlineName)
                : Read(entry.Value, propertyPointer, inlineName);
            result.Add(new ApiProperty(wireName, required.Contains(wireName), schema));
        }

        return result.ToEquatableArray();
    }

    /// <summary>
    /// The <c>$ref</c> part of a <c>oneOf</c> (or <c>anyOf</c>: an object and an array never both match, so the two agree)
    /// that lists exactly one component and an array of that same component, in either order: a member the wire sends as
    /// one object or as a list. Null for any other schema.
    /// </summary>
    private static (string Keyword, YamlMappingNode Node, string Index)? OneOrManyItemOf(YamlMappingNode mapping)
    {
        var keyword = mapping.Get("oneOf") is not null ? "oneOf" : "anyOf";
        if (mapping.Get(keyword) is not YamlSequenceNode { Children.Count: 2 } parts
            || parts.Children[0] is not YamlMappingNode first
            || parts.Children[1] is not YamlMappingNode second)
        {
            return null;
        }

        var (single, array, index) = first.Get("$ref") is not null ? (first, second, "0") : (second, first, "1");
        return single.Get("$ref") is YamlScalarNode { Value: { } target }
            && array.GetString("type") == "array"
            && array.Get("items") is YamlMappingNode items
            && items.GetString("$ref") == target
                ? (keyword, single, index)
                : null;
    }

    private static EquatableArray<string> ReadRequired(YamlMappingNode mapping) =>
        mapping.Get("required") is YamlSequenceNode required
            ? required.Scalars().Select(s => s.Value ?? "").ToEquatableArray()
            : EquatableArray<string>.Empty;

    private EquatableArray<ApiSchema> ReadAllOf(YamlMappingNode mapping, string pointer, string? ownerName)
    {
        if (mapping.Get("allOf") is not YamlSequenceNode allOf)
        {
            return EquatableArray<ApiSchema>.Empty;
        }

        var allOfPointer = JsonPointer.Append(pointer, "allOf");
        return allOf.Children.Select((part, i) => Read(part, JsonPointer.Append(allOfPointer, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), propertyOwnerName: ownerName)).ToEquatableArray();
    }

    private string? ReadClrType(YamlMappingNode mapping, string pointer) =>
        ReadExtensionScalar(mapping, pointer, "x-imagery-clr-type", s => s.Value is "bool" or "decimal" or "date-time", "the value must be 'bool', 'decimal' or 'date-time'");

    private string? ReadMinArea(YamlMappingNode mapping, string pointer) =>
        ReadExtensionScalar(mapping, pointer, "x-imagery-min-area-km2", YamlNodes.IsNumber, "the value must be a number of km², e.g. 0.1");

    /// <summary>A scalar extension's text when it has the expected form; otherwise IMG0009 and null.</summary>
    private string? ReadExtensionScalar(YamlMappingNode mapping, string pointer, string key, System.Func<YamlScalarNode, bool> isValid, string expected)
    {
        switch (mapping.Get(key))
        {
            case null:
                return null;
            case YamlScalarNode scalar when isValid(scalar):
                return scalar.Value;
            case { } node:
                _context.Report(DiagnosticDescriptors.MalformedExtension, node, key, JsonPointer.Append(pointer, key), expected);
                return null;
        }
    }

    private EquatableArray<EquatableArray<string>> ReadRequiresTogether(YamlMappingNode mapping, string pointer, EquatableArray<ApiProperty> properties)
    {
        if (mapping.Get("x-imagery-requires-together") is not { } node)
        {
            return EquatableArray<EquatableArray<string>>.Empty;
        }

        var extensionPointer = JsonPointer.Append(pointer, "x-imagery-requires-together");
        if (node is not YamlSequenceNode groups || groups.Children.Any(g => g is not YamlSequenceNode group || group.Children.Count < 2 || group.Children.Any(n => n is not YamlScalarNode)))
        {
            _context.Report(DiagnosticDescriptors.MalformedExtension, node, "x-imagery-requires-together", extensionPointer, "the value must be a list of groups, each a list of at least two property names");
            return EquatableArray<EquatableArray<string>>.Empty;
        }

        var known = properties.Select(p => p.WireName).ToList();
        var result = new List<EquatableArray<string>>();
        foreach (YamlSequenceNode group in groups.Children)
        {
            var names = group.Scalars().ToList();
            var unknown = names.Where(n => !known.Contains(n.Value ?? "")).ToList();
            foreach (var name in unknown)
            {
                _context.Report(DiagnosticDescriptors.RuleNamesUnknownValue, name, "x-imagery-requires-together", extensionPointer, name.Value ?? "", "the schema's properties", string.Join(", ", known));
            }

            if (unknown.Count == 0)
            {
                result.Add(names.Select(n => n.Value ?? "").ToEquatableArray());
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>Gives a spec name its C# type name, or reports why it cannot have it and returns null.</summary>
    private string? ClaimTypeName(string specName, string typeName, string pointer, YamlNode node)
    {
        if (!Identifiers.IsValid(typeName))
        {
            _context.Report(DiagnosticDescriptors.InvalidIdentifier, node, specName, pointer, typeName);
            return null;
        }

        if (_typeNames.TryGetValue(typeName, out var owner))
        {
            _context.Report(DiagnosticDescriptors.DuplicateName, node, specName, pointer, typeName, owner);
            return null;
        }

        _typeNames[typeName] = pointer;
        return typeName;
    }
}
