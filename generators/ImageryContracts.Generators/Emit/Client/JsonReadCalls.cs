using ImageryContracts.Generators.Helpers;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// The statements of a generated <c>IJsonModel.ReadJson</c> that read one property from a <c>Utf8JsonReader</c> on
/// its value: straight into the CLR type through the kit's <c>JsonFieldReader</c>, and, when the value does not fit
/// (another JSON type, an unlisted enum value, a null), kept raw in <c>AdditionalData</c> through the read context,
/// which also reports it as wire drift. Never a throw.
/// </summary>
public static class JsonReadCalls
{
    private const string Fields = "global::ImageryContracts.Serialization.JsonFieldReader.";
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string ListType = "global::System.Collections.Generic.List<";

    /// <summary>The statements, with the reader on the property's value and leaving it on the value's last token.</summary>
    /// <param name="model">The model's C# name (for drift reports).</param>
    /// <param name="property">The property.</param>
    /// <param name="modelsNamespace">The namespace of the generated models.</param>
    /// <returns>The statements.</returns>
    public static string Read(string model, ClientProperty property, string modelsNamespace)
    {
        var type = property.Type;
        var key = CSharpLiteral.String(property.WireName);
        var target = ParseNodeCalls.KeepsRawValue(type) ? ModelEmitter.BackingField(property) : property.Name;
        var nullable = property.Schema.Nullable ? "true" : "false";
        var field = CSharpLiteral.String(model + "." + property.WireName);
        var keep = $"context.KeepRaw(ref reader, AdditionalData, {key}, {field}, {nullable});";

        // A value read in one token either fits or is kept raw; a read over several tokens (a list, an object of
        // models) may fail midway, so the reader is rewound to the value's start before the value is kept raw.
        string Either(string read) => $"if ({read}) {{ {target} = value; }} else {{ {keep} }}";
        string Rewound(string read) => $"var start = reader; if ({read}) {{ {target} = value; }} else {{ reader = start; {keep} }}";
        string Models(string reader) => $"{Fields}{reader}<{type.Item!.TypeName}>(ref reader, context, static () => new {type.Item.TypeName}(), out var value)";

        switch (type.Kind)
        {
            case ClientTypeKind.Primitive:
            case ClientTypeKind.WireString when !ParseNodeCalls.KeepsWireText(type):
                return Either($"{ScalarReader(type, modelsNamespace)}(ref reader, out var value)");
            case ClientTypeKind.ExtensibleEnum:
                return $"if ({Fields}TryReadString(ref reader, out var value)) {{ {target} = value; if (!{type.EnumTypeName}Extensions.TryParse(value, out _)) {{ context.UnlistedValue({field}, value); }} }} else {{ {keep} }}";
            case ClientTypeKind.Enum:
                return $"if ({JsonEnumsEmitter.ReaderOf(type.TypeName, modelsNamespace)}(ref reader, out var value)) {{ {target} = value; }} else {{ context.KeepUnknownValue(ref reader, AdditionalData, {key}, {field}, {nullable}); }}";
            case ClientTypeKind.WireString:
                return $"if ({Fields}TryReadString(ref reader, out var text) && global::ImageryContracts.Serialization.WireDateTime.TryParse(text, out var value)) {{ {target} = value; {ParseNodeCalls.WireTextField(property.Name)} = text; }} else {{ {keep} }}";
            case ClientTypeKind.OneOrMany:
                return Rewound(Models("TryReadOneOrMany"));
            case ClientTypeKind.Map:
                return Rewound(Models("TryReadModelMap"));
            case ClientTypeKind.CrsCode:
                return Either($"{Fields}TryReadString(ref reader, out var text) && {type.TypeName}.TryParse(text, out var value)");
            case ClientTypeKind.Object:
                return $"if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartObject) {{ var value = new {type.TypeName}(); ((global::ImageryContracts.Serialization.IJsonModel)value).ReadJson(ref reader, context); {target} = value; }} else {{ {keep} }}";
            case ClientTypeKind.Collection:
            case ClientTypeKind.NestedCollection:
                return Rewound(ListCall(type, modelsNamespace));
            default:
                return $"{target} = global::ImageryContracts.Serialization.UntypedJson.Read(ref reader);";
        }
    }

    private static string ListCall(ClientType type, string modelsNamespace)
    {
        if (type.Kind == ClientTypeKind.NestedCollection)
        {
            return $"{Fields}TryReadList<{Lists(type.Item!.TypeName, type.Depth - 1)}>(ref reader, {NestedReader(type.Item!, type.Depth - 1, modelsNamespace)}, out var value)";
        }

        var item = type.Item!;
        return item.Kind switch
        {
            ClientTypeKind.Object => $"{Fields}TryReadModels<{item.TypeName}>(ref reader, context, static () => new {item.TypeName}(), out var value)",
            _ when item.IsValueType => $"{Fields}TryReadNullableList<{item.TypeName}>(ref reader, {ScalarReader(item, modelsNamespace)}, out var value)",
            _ => $"{Fields}TryReadList<{item.TypeName}>(ref reader, {(item.Kind == ClientTypeKind.Untyped ? Fields + "TryReadUntyped" : ScalarReader(item, modelsNamespace))}, out var value)",
        };
    }

    // A reader of `depth` levels of lists around the leaf, as a static lambda per level.
    private static string NestedReader(ClientType leaf, int depth, string modelsNamespace)
    {
        if (depth == 0)
        {
            return ScalarReader(leaf, modelsNamespace);
        }

        var level = depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"static (ref {Reader} reader{level}, out {Lists(leaf.TypeName, depth)} value{level}) => {Fields}TryReadList<{Lists(leaf.TypeName, depth - 1)}>(ref reader{level}, {NestedReader(leaf, depth - 1, modelsNamespace)}, out value{level})";
    }

    private static string Lists(string leaf, int depth)
    {
        var name = leaf;
        for (var level = 0; level < depth; level++)
        {
            name = ListType + name + ">";
        }

        return name;
    }

    /// <summary>The method group that reads one scalar of the type (a <c>JsonScalarReader</c>).</summary>
    private static string ScalarReader(ClientType type, string modelsNamespace) => type.Kind switch
    {
        ClientTypeKind.Enum => JsonEnumsEmitter.ReaderOf(type.TypeName, modelsNamespace),
        ClientTypeKind.WireString => type.KiotaName == "bool" ? Fields + "TryReadWireBoolean" : Fields + "TryReadWireDecimal",
        _ => Fields + (type.KiotaName switch
        {
            "Int" => "TryReadInt32",
            "Long" => "TryReadInt64",
            "Double" => "TryReadDouble",
            "Float" => "TryReadSingle",
            "Decimal" => "TryReadDecimal",
            "Bool" => "TryReadBoolean",
            "Guid" => "TryReadGuid",
            "DateTimeOffset" => "TryReadDateTimeOffset",
            "Date" => "TryReadDate",
            "Time" => "TryReadTime",
            "ByteArray" => "TryReadBytes",
            _ => "TryReadString",
        }),
    };
}
