using System.Buffers;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Serialization;

/// <summary>
/// Reads any JSON value into Kiota's <see cref="UntypedNode"/> tree and writes one back, keeping numbers exact:
/// integers as <see cref="UntypedInteger"/> or <see cref="UntypedLong"/>, other numbers as <see cref="UntypedDouble"/>
/// when a double holds them exactly (so <c>1e-30</c> and <c>1e300</c> come back as sent, where Kiota's own reading
/// gives decimal 0 and float Infinity), and any other number as the text that was sent (<see cref="UntypedRawNumber"/>).
/// </summary>
public static class UntypedJson
{
    /// <summary>Reads the value under the reader.</summary>
    /// <param name="reader">The reader, on the value's first token; left on its last.</param>
    /// <returns>The node.</returns>
    public static UntypedNode Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return new UntypedObject(ReadMembers(ref reader));
            case JsonTokenType.StartArray:
                return new UntypedArray(ReadItems(ref reader));
            case JsonTokenType.String:
                return new UntypedString(reader.GetString());
            case JsonTokenType.Number:
                return ReadNumber(ref reader);
            case JsonTokenType.True:
                return new UntypedBoolean(true);
            case JsonTokenType.False:
                return new UntypedBoolean(false);
            case JsonTokenType.Null:
                return new UntypedNull();
            default:
                throw new JsonException($"Expected a JSON value, got {reader.TokenType}.");
        }
    }

    private static Dictionary<string, UntypedNode> ReadMembers(ref Utf8JsonReader reader)
    {
        using var gathered = new GatheredItems<KeyValuePair<string, UntypedNode>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonNames.Read(ref reader);
            reader.Read();
            gathered.Add(new KeyValuePair<string, UntypedNode>(name, Read(ref reader)));
        }

        return GatheredItems.ToDictionary(gathered.Items);
    }

    private static List<UntypedNode> ReadItems(ref Utf8JsonReader reader)
    {
        using var gathered = new GatheredItems<UntypedNode>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            gathered.Add(Read(ref reader));
        }

        return gathered.ToList();
    }

    /// <summary>
    /// Reads the value of a field the spec does not describe in the shape Kiota's own JSON reader gives it in
    /// <c>AdditionalData</c>, so code written against Kiota reads it the same way: a string as <see cref="string"/>, a
    /// boolean as <see cref="bool"/>, null as null, a plain number as <see cref="decimal"/>, objects and arrays as
    /// untyped nodes. Two departures, both where Kiota loses the value: a string stays the text sent (Kiota turns
    /// date-like text into a local <see cref="DateTime"/>), and a number a decimal cannot hold exactly (an exponent,
    /// more than 28 digits) is an exact untyped number (Kiota gives decimal 0 for <c>1e-30</c>).
    /// </summary>
    /// <param name="reader">The reader, on the value's first token; left on its last.</param>
    /// <returns>The value.</returns>
    public static object? ReadAdditionalValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        JsonTokenType.Number when IsPlainDecimal(ref reader) && reader.TryGetDecimal(out var number) => number,
        _ => Read(ref reader),
    };

    /// <summary>Writes a node (and everything under it).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="node">The node; <see langword="null"/> writes JSON null.</param>
    public static void Write(Utf8JsonWriter writer, UntypedNode? node)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (node)
        {
            case null or UntypedNull:
                writer.WriteNullValue();
                break;
            case UntypedObject obj:
                writer.WriteStartObject();
                WriteMembers(writer, obj.GetValue());
                writer.WriteEndObject();
                break;
            case UntypedArray array:
                writer.WriteStartArray();
                WriteItems(writer, array.GetValue());
                writer.WriteEndArray();
                break;
            case UntypedString text:
                writer.WriteStringValue(text.GetValue());
                break;
            case UntypedBoolean flag:
                writer.WriteBooleanValue(flag.GetValue());
                break;
            case UntypedInteger integer:
                writer.WriteNumberValue(integer.GetValue());
                break;
            case UntypedLong number:
                writer.WriteNumberValue(number.GetValue());
                break;
            case UntypedDouble number:
                writer.WriteNumberValue(number.GetValue());
                break;
            case UntypedFloat number:
                writer.WriteNumberValue(number.GetValue());
                break;
            case UntypedDecimal number:
                writer.WriteNumberValue(number.GetValue());
                break;
            case UntypedRawNumber raw:
                writer.WriteRawValue(raw.GetValue(), skipInputValidation: false);
                break;
            default:
                throw new NotSupportedException($"Cannot write the untyped node {node.GetType().FullName}; use one of Kiota's Untyped* nodes.");
        }
    }

    // Read builds Dictionary and List: enumerated as such, their enumerators are structs, where the interfaces would box
    // one per node written.
    private static void WriteMembers(Utf8JsonWriter writer, IDictionary<string, UntypedNode> members)
    {
        if (members is Dictionary<string, UntypedNode> dictionary)
        {
            foreach (var (name, value) in dictionary)
            {
                writer.WritePropertyName(name);
                Write(writer, value);
            }

            return;
        }

        foreach (var (name, value) in members)
        {
            writer.WritePropertyName(name);
            Write(writer, value);
        }
    }

    private static void WriteItems(Utf8JsonWriter writer, IEnumerable<UntypedNode> items)
    {
        if (items is List<UntypedNode> list)
        {
            foreach (var item in list)
            {
                Write(writer, item);
            }

            return;
        }

        foreach (var item in items)
        {
            Write(writer, item);
        }
    }

    /// <summary>The JSON type of a token as messages name it (<c>string</c>, <c>number</c>, …).</summary>
    /// <param name="token">The value's first token.</param>
    /// <returns>The name.</returns>
    public static string KindName(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    // Digits and at most one point: what decimal parses without rounding, up to 28 significant digits.
    private static bool IsPlainDecimal(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence)
        {
            return false;
        }

        var digits = 0;
        foreach (var character in reader.ValueSpan)
        {
            if (character is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (character is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
            }
        }

        return digits <= 28;
    }

    private static UntypedNode ReadNumber(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt32(out var integer))
        {
            return new UntypedInteger(integer);
        }

        if (reader.TryGetInt64(out var number))
        {
            return new UntypedLong(number);
        }

        if (JsonFieldReader.TryReadExactDouble(ref reader, out var real))
        {
            return new UntypedDouble(real);
        }

        var text = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return new UntypedRawNumber(System.Text.Encoding.UTF8.GetString(text));
    }
}
