using System.Globalization;
using System.Text.Json;
using System.Xml;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Serialization;

/// <summary>
/// Kiota's <see cref="IParseNode"/> over the UTF-8 bytes of one JSON value (often pooled, see <see cref="PooledJsonBody"/>):
/// no DOM, no copy of it, no node per value.
/// A model implementing <see cref="IJsonModel"/> reads itself from a <see cref="Utf8JsonReader"/> over the bytes in
/// one pass. Anything else (an error body asked for as <see cref="IParsable"/> whose model has no generated reader,
/// <see cref="UntypedNode"/>, a user's type) is read the way Kiota's own JSON node does, field by field through
/// <see cref="IParsable.GetFieldDeserializers"/>, over child nodes that are slices of the same bytes; that also gives
/// discriminator factories the random access they need (<see cref="GetChildNode"/>). Values of the wrong JSON type
/// read as <see langword="null"/>, never as an exception.
/// </summary>
public sealed class Utf8JsonParseNode : IParseNode
{
    private readonly ReadOnlyMemory<byte> _json;

    // The pooled body the bytes are in, if they are; every child node holds it too.
    private readonly PooledJsonBody? _body;

    /// <summary>Creates a node over the bytes of one JSON value.</summary>
    /// <param name="json">The UTF-8 JSON; kept, not copied.</param>
    public Utf8JsonParseNode(ReadOnlyMemory<byte> json) => _json = json;

    internal Utf8JsonParseNode(PooledJsonBody body)
        : this(body.Json, body)
    {
    }

    private Utf8JsonParseNode(ReadOnlyMemory<byte> json, PooledJsonBody? body)
    {
        _json = json;
        _body = body;
    }

    /// <inheritdoc />
    public Action<IParsable>? OnBeforeAssignFieldValues { get; set; }

    /// <inheritdoc />
    public Action<IParsable>? OnAfterAssignFieldValues { get; set; }

    /// <inheritdoc />
    public string? GetStringValue() => Read<string?>(static (ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.String ? reader.GetString() : null);

    /// <inheritdoc />
    public bool? GetBoolValue() => Read<bool?>(static (ref Utf8JsonReader reader) =>
            JsonFieldReader.TryReadBoolean(ref reader, out var value) ? value : null);

    /// <inheritdoc />
    public byte? GetByteValue() => Read<byte?>(static (ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetByte(out var value) ? value : null);

    /// <inheritdoc />
    public sbyte? GetSbyteValue() => Read<sbyte?>(static (ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetSByte(out var value) ? value : null);

    /// <inheritdoc />
    public int? GetIntValue() => Read<int?>(static (ref Utf8JsonReader reader) =>
            JsonFieldReader.TryReadInt32(ref reader, out var value) ? value : null);

    /// <inheritdoc />
    public float? GetFloatValue() => Read<float?>(static (ref Utf8JsonReader reader) =>
            JsonFieldReader.TryReadSingle(ref reader, out var value) ? value : null);

    /// <inheritdoc />
    public long? GetLongValue() => Read<long?>(static (ref Utf8JsonReader reader) =>
            JsonFieldReader.TryReadInt64(ref reader, out var value) ? value : null);

    /// <inheritdoc />
    public double? GetDoubleValue() => Read<double?>(static (ref Utf8JsonReader reader) =>
            JsonFieldReader.TryReadDouble(ref reader, out var value) ? value : null);

    /// <inheritdoc />
    public decimal? GetDecimalValue() => Read<decimal?>(static (ref Utf8JsonReader reader) =>
            JsonFieldReader.TryReadDecimal(ref reader, out var value) ? value : null);

    /// <inheritdoc />
    public Guid? GetGuidValue() => Read<Guid?>(static (ref Utf8JsonReader reader) =>
            JsonFieldReader.TryReadGuid(ref reader, out var value) ? value
                : reader.TokenType == JsonTokenType.String && Guid.TryParse(reader.GetString(), out var lenient) ? lenient : null);

    /// <inheritdoc />
    public DateTimeOffset? GetDateTimeOffsetValue() => Read<DateTimeOffset?>(static (ref Utf8JsonReader reader) =>
            JsonFieldReader.TryReadDateTimeOffset(ref reader, out var value) ? value
                : reader.TokenType == JsonTokenType.String && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var lenient) ? lenient : null);

    /// <inheritdoc />
    public TimeSpan? GetTimeSpanValue()
    {
        var text = GetStringValue();
        if (text is null)
        {
            return null;
        }

        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public Date? GetDateValue() => Read<Date?>(static (ref Utf8JsonReader reader) =>
            JsonFieldReader.TryReadDate(ref reader, out var value) ? value : null);

    /// <inheritdoc />
    public Time? GetTimeValue() => Read<Time?>(static (ref Utf8JsonReader reader) =>
            JsonFieldReader.TryReadTime(ref reader, out var value) ? value : null);

    /// <inheritdoc />
    public byte[]? GetByteArrayValue() => Read<byte[]?>(static (ref Utf8JsonReader reader) =>
            JsonFieldReader.TryReadBytes(ref reader, out var value) ? value : null);

    /// <inheritdoc />
    public T? GetEnumValue<T>()
        where T : struct, Enum =>
        GetStringValue() is { } wire && EnumWireValues.TryParse<T>(wire, out var member) ? member : null;

    /// <inheritdoc />
    public IParseNode? GetChildNode(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var reader = Start();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(identifier);
            reader.Read();
            if (match)
            {
                return Child(ref reader);
            }

            reader.Skip();
        }

        return null;
    }

    /// <inheritdoc />
    public IEnumerable<T> GetCollectionOfPrimitiveValues<T>() =>
        Items().Select(item => (T)item.GetPrimitive(typeof(T))!).ToList();

    /// <inheritdoc />
    public IEnumerable<T?> GetCollectionOfEnumValues<T>()
        where T : struct, Enum =>
        Items().Select(item => item.GetEnumValue<T>()).ToList();

    /// <inheritdoc />
    public IEnumerable<T> GetCollectionOfObjectValues<T>(ParsableFactory<T> factory)
        where T : IParsable =>
        Items().Select(item => item.GetObjectValue(factory)).ToList();

    /// <inheritdoc />
    public T GetObjectValue<T>(ParsableFactory<T> factory)
        where T : IParsable
    {
        ArgumentNullException.ThrowIfNull(factory);
        var reader = Start();
        if (typeof(T) == typeof(UntypedNode))
        {
            return reader.TokenType == JsonTokenType.None ? default! : (T)(object)ReadUntyped(ref reader);
        }

        if (reader.TokenType is JsonTokenType.None or JsonTokenType.Null)
        {
            return default!;
        }

        var result = factory(this);
        try
        {
            // A value that is not an object gives an empty model, as Kiota's node does: an error body that is a bare
            // string still becomes the error status it came with.
            if (result is IJsonModel model && reader.TokenType == JsonTokenType.StartObject)
            {
                model.ReadJson(ref reader, JsonReadContext.Of(OnBeforeAssignFieldValues, OnAfterAssignFieldValues));
            }
            else
            {
                OnBeforeAssignFieldValues?.Invoke(result);
                AssignFieldValues(result, ref reader);
                OnAfterAssignFieldValues?.Invoke(result);
            }

            // Anything after the value but whitespace is malformed JSON; the reader throws on it.
            reader.Read();
        }
        catch (JsonException error) when (error.Path is null)
        {
            throw JsonErrorPath.WithPath(_json.Span, error);
        }
        catch (InvalidOperationException error)
        {
            // Utf8JsonReader's way of refusing a string that is valid JSON but not valid UTF-16 (a lone surrogate escape).
            throw JsonErrorPath.WithPath(_json.Span, new JsonException(error.Message, error));
        }

        GC.KeepAlive(this);
        return result;
    }

    private UntypedNode ReadUntyped(ref Utf8JsonReader reader)
    {
        try
        {
            return UntypedJson.Read(ref reader);
        }
        catch (InvalidOperationException error)
        {
            throw JsonErrorPath.WithPath(_json.Span, new JsonException(error.Message, error));
        }
    }

    private delegate T ValueReader<out T>(ref Utf8JsonReader reader);

    // Reads the value and keeps the node, and so its pooled bytes, alive until the reading is done.
    private T Read<T>(ValueReader<T> read)
    {
        var reader = Start();
        var value = read(ref reader);
        GC.KeepAlive(this);
        return value;
    }

    private Utf8JsonReader Start()
    {
        if (_body is { IsReturned: true })
        {
            throw new ObjectDisposedException(
                nameof(Utf8JsonParseNode),
                "This parse node's response body went back to the pool when the generated call that read it returned; read the model the call returned instead of keeping its parse node.");
        }

        var reader = new Utf8JsonReader(_json.Span);
        reader.Read();
        return reader;
    }

    private Utf8JsonParseNode Child(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return new Utf8JsonParseNode(_json[start..(int)reader.BytesConsumed], _body)
        {
            OnBeforeAssignFieldValues = OnBeforeAssignFieldValues,
            OnAfterAssignFieldValues = OnAfterAssignFieldValues,
        };
    }

    private List<Utf8JsonParseNode> Items()
    {
        var items = new List<Utf8JsonParseNode>();
        var reader = Start();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(Child(ref reader));
            }
        }

        return items;
    }

    private object? GetPrimitive(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => GetStringValue(),
        var t when t == typeof(bool) => GetBoolValue(),
        var t when t == typeof(byte) => GetByteValue(),
        var t when t == typeof(sbyte) => GetSbyteValue(),
        var t when t == typeof(int) => GetIntValue(),
        var t when t == typeof(long) => GetLongValue(),
        var t when t == typeof(float) => GetFloatValue(),
        var t when t == typeof(double) => GetDoubleValue(),
        var t when t == typeof(decimal) => GetDecimalValue(),
        var t when t == typeof(Guid) => GetGuidValue(),
        var t when t == typeof(DateTimeOffset) => GetDateTimeOffsetValue(),
        var t when t == typeof(TimeSpan) => GetTimeSpanValue(),
        var t when t == typeof(Date) => GetDateValue(),
        var t when t == typeof(Time) => GetTimeValue(),
        var t => throw new InvalidOperationException($"{t.FullName} is not a primitive Kiota reads; read it with GetObjectValue."),
    };

    // Kiota's algorithm (JsonParseNode.AssignFieldValues): a known field runs its deserializer on its own node, unless
    // it is null; an unknown one goes to AdditionalData.
    private void AssignFieldValues(IParsable item, ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return;
        }

        var deserializers = item.GetFieldDeserializers();
        var additionalData = (item as IAdditionalDataHolder)?.AdditionalData;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (deserializers.TryGetValue(name, out var deserialize))
            {
                var isNull = reader.TokenType == JsonTokenType.Null;
                var child = Child(ref reader);
                if (!isNull)
                {
                    deserialize(child);
                }
            }
            else if (additionalData is not null)
            {
                additionalData[name] = UntypedJson.Read(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }
    }
}
