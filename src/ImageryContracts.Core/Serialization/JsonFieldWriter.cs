using System.Collections;
using System.Globalization;
using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Serialization;

/// <summary>
/// The value writers the generated <see cref="IJsonModel.WriteJson"/> methods call for what
/// <see cref="Utf8JsonWriter"/> does not write the wire's way: date-times with <c>Z</c> kept, decimals and booleans
/// the wire sends as strings, and the values of <see cref="IAdditionalDataHolder.AdditionalData"/>.
/// </summary>
public static class JsonFieldWriter
{
    /// <summary>Writes a date-time, with <c>Z</c> for a zero offset (the way vendors send UTC) and no trailing fraction zeros.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The date-time.</param>
    public static void WriteDateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Offset == TimeSpan.Zero)
        {
            writer.WriteStringValue(value.UtcDateTime);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    /// <summary>Writes a decimal as the wire's string (<c>"31.730"</c>, scale kept).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The number.</param>
    public static void WriteWireDecimal(Utf8JsonWriter writer, decimal value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> text = stackalloc byte[64];
        value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..written]);
    }

    /// <summary>Writes a model: through <see cref="IJsonModel.WriteJson"/> when it has it, else through Kiota's <see cref="IParsable.Serialize"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="model">The model.</param>
    public static void WriteModel(Utf8JsonWriter writer, IParsable model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model is IJsonModel json)
        {
            json.WriteJson(writer);
            return;
        }

        using var kiota = new Utf8JsonSerializationWriter(writer);
        kiota.WriteObjectValue(null, model);
    }

    /// <summary>Writes a one-or-many member in the form it was read: one object, or an array.</summary>
    /// <typeparam name="T">The item model.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The member.</param>
    public static void WriteOneOrMany<T>(Utf8JsonWriter writer, OneOrMany<T> value)
        where T : IParsable
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (!value.IsList)
        {
            WriteModel(writer, value[0]);
            return;
        }

        // By index: the list's enumerator would be boxed through IReadOnlyList, once per member written.
        writer.WriteStartArray();
        for (var i = 0; i < value.Count; i++)
        {
            WriteModel(writer, value[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a map of models as a JSON object, one member per entry (a null entry as JSON null).</summary>
    /// <typeparam name="T">The member model.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The map.</param>
    public static void WriteModelMap<T>(Utf8JsonWriter writer, Dictionary<string, T> value)
        where T : IParsable
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var entry in value)
        {
            writer.WritePropertyName(entry.Key);
            if (entry.Value is { } member)
            {
                WriteModel(writer, member);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a value of <see cref="IAdditionalDataHolder.AdditionalData"/> as Kiota's writer does: untyped nodes,
    /// scalars, date-times, enums by wire value, models and collections of these.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value; <see langword="null"/> writes JSON null.</param>
    /// <exception cref="NotSupportedException">The value is of a type JSON has no form for here.</exception>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case UntypedNode node:
                UntypedJson.Write(writer, node);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case byte number:
                writer.WriteNumberValue(number);
                break;
            case sbyte number:
                writer.WriteNumberValue(number);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case float number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case Guid id:
                writer.WriteStringValue(id);
                break;
            case DateTimeOffset instant:
                WriteDateTimeOffset(writer, instant);
                break;
            case DateTime instant:
                writer.WriteStringValue(instant);
                break;
            case Date date:
                writer.WriteStringValue(date.ToString());
                break;
            case Time time:
                writer.WriteStringValue(time.ToString());
                break;
            case TimeSpan span:
                writer.WriteStringValue(System.Xml.XmlConvert.ToString(span));
                break;
            case byte[] bytes:
                writer.WriteBase64StringValue(bytes);
                break;
            case Enum member:
                writer.WriteStringValue(EnumWireValues.Of(member));
                break;
            case IParsable model:
                WriteModel(writer, model);
                break;
            case IDictionary map:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in map)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"AdditionalData holds a {value.GetType().FullName}, which has no JSON form here; store an UntypedNode, a scalar or a model instead.");
        }
    }
}
