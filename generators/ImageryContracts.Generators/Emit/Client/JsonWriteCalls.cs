using System.Globalization;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// The statements of a generated <c>IJsonModel.WriteJson</c> that write one value with <c>Utf8JsonWriter</c>'s typed
/// methods (no boxing): date-times with <c>Z</c> kept, wire strings as strings, enums as their UTF-8 wire values,
/// models through their own writers, lists item by item.
/// </summary>
public static class JsonWriteCalls
{
    private const string Fields = "global::ImageryContracts.Serialization.JsonFieldWriter.";

    /// <summary>The statement that writes the non-null value <paramref name="value"/> of the type.</summary>
    /// <param name="type">The value's type (a property's, or a list item's).</param>
    /// <param name="value">The expression holding the value, of the non-nullable type.</param>
    /// <param name="modelsNamespace">The namespace of the generated models.</param>
    /// <param name="depth">How deep in lists the value is, to name loop variables apart.</param>
    /// <returns>The statement.</returns>
    public static string Write(ClientType type, string value, string modelsNamespace, int depth = 0)
    {
        switch (type.Kind)
        {
            case ClientTypeKind.Enum:
                return $"{JsonEnumsEmitter.WriterOf(type.TypeName, modelsNamespace)}(writer, {value});";
            case ClientTypeKind.ExtensibleEnum:
                return $"writer.WriteStringValue({value});";
            case ClientTypeKind.WireString:
                return type.KiotaName == "bool" ? $"writer.WriteStringValue({value} ? \"true\"u8 : \"false\"u8);" : $"{Fields}WriteWireDecimal(writer, {value});";
            case ClientTypeKind.CrsCode:
                return $"writer.WriteStringValue({value}.ToString());";
            case ClientTypeKind.Object:
                return $"{Fields}WriteModel(writer, {value});";
            case ClientTypeKind.OneOrMany:
                return $"{Fields}WriteOneOrMany(writer, {value});";
            case ClientTypeKind.Map:
                return $"{Fields}WriteModelMap(writer, {value});";
            case ClientTypeKind.Collection:
                return Loop(type.Item!, value, modelsNamespace, depth);
            case ClientTypeKind.NestedCollection:
                return Nested(type.Item!, value, type.Depth, modelsNamespace, depth);
            case ClientTypeKind.Primitive:
                return type.KiotaName switch
                {
                    "Int" or "Long" or "Double" or "Float" or "Decimal" => $"writer.WriteNumberValue({value});",
                    "Bool" => $"writer.WriteBooleanValue({value});",
                    "DateTimeOffset" => $"{Fields}WriteDateTimeOffset(writer, {value});",
                    "Date" or "Time" => $"writer.WriteStringValue({value}.ToString());",
                    "ByteArray" => $"writer.WriteBase64StringValue({value});",
                    _ => $"writer.WriteStringValue({value});",
                };
            default:
                return $"global::ImageryContracts.Serialization.UntypedJson.Write(writer, {value});";
        }
    }

    // Kiota's lists hold nullable items (List<long?>, List<Order>): a null item is written as JSON null.
    private static string Loop(ClientType item, string list, string modelsNamespace, int depth)
    {
        var variable = "item" + depth.ToString(CultureInfo.InvariantCulture);
        var element = "element" + depth.ToString(CultureInfo.InvariantCulture);
        var write = Write(item, element, modelsNamespace, depth + 1);
        return $"writer.WriteStartArray(); foreach (var {variable} in {list}) {{ if ({variable} is {{ }} {element}) {{ {write} }} else {{ writer.WriteNullValue(); }} }} writer.WriteEndArray();";
    }

    // The coordinate lists of lists hold plain values, one loop per level.
    private static string Nested(ClientType leaf, string list, int levels, string modelsNamespace, int depth)
    {
        if (levels == 0)
        {
            return Write(leaf, list, modelsNamespace, depth);
        }

        var variable = "item" + depth.ToString(CultureInfo.InvariantCulture);
        return $"writer.WriteStartArray(); foreach (var {variable} in {list}) {{ {Nested(leaf, variable, levels - 1, modelsNamespace, depth + 1)} }} writer.WriteEndArray();";
    }
}
