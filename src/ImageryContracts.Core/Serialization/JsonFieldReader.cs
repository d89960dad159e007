using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Serialization;

/// <summary>
/// The value readers the generated <see cref="IJsonModel.ReadJson"/> methods call: each reads the reader's current
/// token straight into its CLR type (no DOM, no serializer call, no boxing) and returns <see langword="false"/>,
/// leaving the reader where it was, when the token does not hold one, so the caller keeps the value raw instead.
/// </summary>
public static class JsonFieldReader
{
    private const NumberStyles WireDecimalStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
    private const int MaxStackChars = 128;

    /// <summary>A JSON string.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The string.</param>
    /// <returns>Whether the token is a string.</returns>
    public static bool TryReadString(ref Utf8JsonReader reader, out string value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString()! : null!;
        return value is not null;
    }

    /// <summary>A JSON boolean.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The boolean.</param>
    /// <returns>Whether the token is <c>true</c> or <c>false</c>.</returns>
    public static bool TryReadBoolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return value || reader.TokenType == JsonTokenType.False;
    }

    /// <summary>A JSON number that is an <see cref="int"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the token is an integer in range.</returns>
    public static bool TryReadInt32(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }

    /// <summary>A JSON number that is a <see cref="long"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the token is an integer in range.</returns>
    public static bool TryReadInt64(ref Utf8JsonReader reader, out long value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out value);
    }

    /// <summary>
    /// A JSON number as the nearest <see cref="double"/>, as System.Text.Json reads it (a coordinate with more digits
    /// than a double holds is rounded in its last place, never dropped); not one out of a double's range, which would
    /// read as infinity (<c>1e400</c>) or as zero (<c>1e-400</c>). <c>1e-30</c> and <c>1e300</c> read exactly.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the token is a number within the range of a double.</returns>
    public static bool TryReadDouble(ref Utf8JsonReader reader, out double value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && !reader.HasValueSequence && reader.TryGetDouble(out value) && double.IsFinite(value)
            && (value != 0 || ExactDouble.Holds(reader.ValueSpan, value));
    }

    /// <summary>
    /// A JSON number that a <see cref="double"/> holds exactly, in the sense that it is written back as the same number
    /// (<c>1e-30</c>, <c>1e300</c>, <c>0.1</c>); not one that would be rounded (a 19-digit integer, <c>1e400</c>).
    /// Untyped values read numbers this way, since they can keep any other number as its text.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the token is a number a double holds exactly.</returns>
    public static bool TryReadExactDouble(ref Utf8JsonReader reader, out double value) =>
        TryReadDouble(ref reader, out value) && ExactDouble.Holds(reader.ValueSpan, value);

    /// <summary>A JSON number as a <see cref="float"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the token is a number within the range of a float.</returns>
    public static bool TryReadSingle(ref Utf8JsonReader reader, out float value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetSingle(out value) && float.IsFinite(value);
    }

    /// <summary>A JSON number as a <see cref="decimal"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the token is a number within the range of a decimal.</returns>
    public static bool TryReadDecimal(ref Utf8JsonReader reader, out decimal value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out value);
    }

    /// <summary>A JSON string holding a UUID in its hyphenated form.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The UUID.</param>
    /// <returns>Whether the token is such a string.</returns>
    public static bool TryReadGuid(ref Utf8JsonReader reader, out Guid value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out value);
    }

    /// <summary>
    /// A JSON string holding an ISO 8601 date-time with an offset (<c>Z</c> or <c>±hh:mm</c>). A date-time without
    /// one is not read: the machine's offset would be assumed and written back as if the vendor had sent it.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The date-time.</param>
    /// <returns>Whether the token is such a string.</returns>
    public static bool TryReadDateTimeOffset(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueSpan.Length > MaxStackChars)
        {
            return false;
        }

        // The offset is looked for in the text as decoded: an encoder may have sent "+00:00" as "\u002B00:00".
        Span<byte> unescaped = stackalloc byte[MaxStackChars];
        var text = reader.ValueIsEscaped ? unescaped[..reader.CopyString(unescaped)] : reader.ValueSpan;
        return HasOffset(text) && reader.TryGetDateTimeOffset(out value);
    }

    /// <summary>A JSON string holding a date (<c>yyyy-MM-dd</c>).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The date.</param>
    /// <returns>Whether the token is such a string.</returns>
    public static bool TryReadDate(ref Utf8JsonReader reader, out Date value)
    {
        value = default;
        Span<char> text = stackalloc char[MaxStackChars];
        if (!TryGetChars(ref reader, text, out var length)
            || !DateOnly.TryParseExact(text[..length], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        value = date;
        return true;
    }

    /// <summary>A JSON string holding a time of day (<c>HH:mm:ss</c>, with an optional fraction).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The time.</param>
    /// <returns>Whether the token is such a string.</returns>
    public static bool TryReadTime(ref Utf8JsonReader reader, out Time value)
    {
        value = default;
        Span<char> text = stackalloc char[MaxStackChars];
        if (!TryGetChars(ref reader, text, out var length)
            || !TimeOnly.TryParseExact(text[..length], ["HH:mm:ss", "HH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return false;
        }

        value = time;
        return true;
    }

    /// <summary>A JSON string holding base64 bytes.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The bytes.</param>
    /// <returns>Whether the token is such a string.</returns>
    public static bool TryReadBytes(ref Utf8JsonReader reader, out byte[] value)
    {
        value = null!;
        return reader.TokenType == JsonTokenType.String && reader.TryGetBytesFromBase64(out value!);
    }

    /// <summary>A JSON string that is exactly <c>"true"</c> or <c>"false"</c> (a boolean the wire sends as a string).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The boolean.</param>
    /// <returns>Whether the token is such a string.</returns>
    public static bool TryReadWireBoolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("true"u8);
        return value || (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("false"u8));
    }

    /// <summary>A JSON string holding a plain decimal number (<c>"31.730"</c>; sign and point, no exponent), scale kept.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the token is such a string.</returns>
    public static bool TryReadWireDecimal(ref Utf8JsonReader reader, out decimal value)
    {
        value = 0;
        Span<char> text = stackalloc char[MaxStackChars];
        return TryGetChars(ref reader, text, out var length) && decimal.TryParse(text[..length], WireDecimalStyles, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Any JSON value, as Kiota's untyped node (<see cref="UntypedJson.Read"/>).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="value">The node.</param>
    /// <returns>Always <see langword="true"/>.</returns>
    public static bool TryReadUntyped(ref Utf8JsonReader reader, out UntypedNode value)
    {
        value = UntypedJson.Read(ref reader);
        return true;
    }

    /// <summary>A JSON object read into a new model.</summary>
    /// <typeparam name="T">The model.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read's context.</param>
    /// <param name="create">Creates the model.</param>
    /// <param name="value">The model.</param>
    /// <returns>Whether the token starts an object.</returns>
    public static bool TryReadModel<T>(ref Utf8JsonReader reader, JsonReadContext context, Func<T> create, out T value)
        where T : IJsonModel
    {
        ArgumentNullException.ThrowIfNull(create);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            value = default!;
            return false;
        }

        value = create();
        value.ReadJson(ref reader, context);
        return true;
    }

    /// <summary>A JSON array of objects read into new models. On an item that is not an object the reader is left mid-array: rewind it to keep the array raw.</summary>
    /// <typeparam name="T">The model.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read's context.</param>
    /// <param name="create">Creates a model.</param>
    /// <param name="value">The models.</param>
    /// <returns>Whether the token is an array of objects.</returns>
    public static bool TryReadModels<T>(ref Utf8JsonReader reader, JsonReadContext context, Func<T> create, out List<T> value)
        where T : IJsonModel =>
        TryReadArray(ref reader, new Models<T>(context, create), out value);

    /// <summary>A member sent as one object or as an array of objects, kept in the form read (<see cref="OneOrMany{T}"/>). On an array item that is not an object the reader is left mid-array: rewind it to keep the member raw.</summary>
    /// <typeparam name="T">The item model.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read's context.</param>
    /// <param name="create">Creates a model.</param>
    /// <param name="value">The items.</param>
    /// <returns>Whether the token is an object or an array of objects.</returns>
    public static bool TryReadOneOrMany<T>(ref Utf8JsonReader reader, JsonReadContext context, Func<T> create, out OneOrMany<T> value)
        where T : IJsonModel, IParsable
    {
        value = null!;
        if (TryReadModel(ref reader, context, create, out var one))
        {
            value = new OneOrMany<T>(one);
            return true;
        }

        if (!TryReadModels(ref reader, context, create, out var many))
        {
            return false;
        }

        value = new OneOrMany<T>(many);
        return true;
    }

    /// <summary>A JSON object whose members are all objects, read into models by member name (a STAC item's <c>assets</c>). On a member that is not an object the reader is left mid-object: rewind it to keep the map raw.</summary>
    /// <typeparam name="T">The member model.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read's context.</param>
    /// <param name="create">Creates a model.</param>
    /// <param name="value">The members in the order sent.</param>
    /// <returns>Whether the token is an object of objects.</returns>
    public static bool TryReadModelMap<T>(ref Utf8JsonReader reader, JsonReadContext context, Func<T> create, out Dictionary<string, T> value)
        where T : IJsonModel
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        using var gathered = new GatheredItems<KeyValuePair<string, T>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonNames.Read(ref reader);
            reader.Read();
            if (!TryReadModel(ref reader, context, create, out var member))
            {
                return false;
            }

            gathered.Add(new KeyValuePair<string, T>(name, member));
        }

        value = GatheredItems.ToDictionary(gathered.Items);
        return true;
    }

    /// <summary>A JSON array whose items <paramref name="item"/> reads. On an item it cannot read the reader is left mid-array: rewind it to keep the array raw.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="item">Reads one item.</param>
    /// <param name="value">The items.</param>
    /// <returns>Whether the token is an array of such items.</returns>
    public static bool TryReadList<T>(ref Utf8JsonReader reader, JsonScalarReader<T> item, out List<T> value) =>
        TryReadArray(ref reader, new Plain<T>(item), out value);

    /// <summary>A JSON array of value-type items, as Kiota's nullable-item lists hold them (<c>List&lt;long?&gt;</c>).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="item">Reads one item.</param>
    /// <param name="value">The items.</param>
    /// <returns>Whether the token is an array of such items.</returns>
    public static bool TryReadNullableList<T>(ref Utf8JsonReader reader, JsonScalarReader<T> item, out List<T?> value)
        where T : struct =>
        TryReadArray(ref reader, new Lifted<T>(item), out value);

    // One loop for every kind of list; the item reader is a struct, so each kind is compiled on its own, without an
    // extra call per item.
    private static bool TryReadArray<TItem, TItems>(ref Utf8JsonReader reader, TItems items, out List<TItem> value)
        where TItems : struct, IItemReader<TItem>
    {
        value = null!;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        using var gathered = new GatheredItems<TItem>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!items.TryRead(ref reader, out var item))
            {
                return false;
            }

            gathered.Add(item);
        }

        value = gathered.ToList();
        return true;
    }

    private static bool HasOffset(ReadOnlySpan<byte> text) =>
        text.Length > 6 && (text[^1] is (byte)'Z' or (byte)'z' || (text[^6] is (byte)'+' or (byte)'-' && text[^3] == (byte)':'));

    private static bool TryGetChars(ref Utf8JsonReader reader, scoped Span<char> buffer, out int length)
    {
        length = 0;
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueSpan.Length > buffer.Length)
        {
            return false;
        }

        if (reader.ValueIsEscaped)
        {
            length = reader.CopyString(buffer);
            return true;
        }

        length = Encoding.UTF8.GetChars(reader.ValueSpan, buffer);
        return true;
    }

    private interface IItemReader<TItem>
    {
        bool TryRead(ref Utf8JsonReader reader, out TItem item);
    }

    private readonly struct Plain<T>(JsonScalarReader<T> read) : IItemReader<T>
    {
        public bool TryRead(ref Utf8JsonReader reader, out T item) => read(ref reader, out item);
    }

    private readonly struct Lifted<T>(JsonScalarReader<T> read) : IItemReader<T?>
        where T : struct
    {
        public bool TryRead(ref Utf8JsonReader reader, out T? item)
        {
            var found = read(ref reader, out var value);
            item = value;
            return found;
        }
    }

    private readonly struct Models<T>(JsonReadContext context, Func<T> create) : IItemReader<T>
        where T : IJsonModel
    {
        public bool TryRead(ref Utf8JsonReader reader, out T item) => TryReadModel(ref reader, context, create, out item);
    }
}
