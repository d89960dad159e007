using System.Globalization;
using System.Text.Json;
using System.Xml;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Serialization;

/// <summary>
/// Kiota's <see cref="IParseNode"/> over the UTF-8 bytes of one JSON value: no DOM, no copy of it, no node per value.
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

    /// <summary>Creates a node over the bytes of one JSON value.</summary>
    /// <param name="json">The UTF-8 JSON; kept, not copied.</param>
    public Utf8JsonParseNode(ReadOnlyMemory<byte> json) => _json = json;

    /// <inheritdoc />
    public Action<IParsable>? OnBeforeAssignFieldValues { get; set; }

    /// <inheritdoc />
    public Action<IParsable>? OnAfterAssignFieldValues { get; set; }

    /// <inheritdoc />
    public string? GetStringValue()
    {
        var reader = Start();
        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
    }

    /// <inheritdoc />
    public bool? GetBoolValue()
    {
        var reader = Start();
        return JsonFieldReader.TryReadBoolean(ref reader, out var value) ? value : null;
    }

    /// <inheritdoc />
    public byte? GetByteValue()
    {
        var reader = Start();
        return reader.TokenType == JsonTokenType.Number && reader.TryGetByte(out var value) ? value : null;
    }

    /// <inheritdoc />
    public sbyte? GetSbyteValue()
    {
        var reader = Start();
        return reader.TokenType == JsonTokenType.Number && reader.TryGetSByte(out var value) ? value : null;
    }

    /// <inheritdoc />
    public int? GetIntValue()
    {
        var reader = Start();
        return JsonFieldReader.TryReadInt32(ref reader, out var value) ? value : null;
    }

    /// <inheritdoc />
    public float? GetFloatValue()
    {
        var reader = Start();
        return JsonFieldReader.TryReadSingle(ref reader, out var value) ? value : null;
    }

    /// <inheritdoc />
    public long? GetLongValue()
    {
        var reader = Start();
        return JsonFieldReader.TryReadInt64(ref reader, out var value) ? value : null;
    }

    /// <inheritdoc />
    public double? GetDoubleValue()
    {
        var reader = Start();
        return JsonFieldReader.TryReadDouble(ref reader, out var value) ? value : null;
    }

    /// <inheritdoc />
    public decimal? GetDecimalValue()
    {
        var reader = Start();
        return JsonFieldReader.TryReadDecimal(ref reader, out var value) ? value : null;
    }

    /// <inheritdoc />
    public Guid? GetGuidValue()
    {
        var reader = Start();
        return JsonFieldReader.TryReadGuid(ref reader, out var value) ? value
            : Guid.TryParse(GetStringValue(), out var lenient) ? lenient : null;
    }

    /// <inheritdoc />
    public DateTimeOffset? GetDateTimeOffsetValue()
    {
        var reader = Start();
        return JsonFieldReader.TryReadDateTimeOffset(ref reader, out var value) ? value
            : DateTimeOffset.TryParse(GetStringValue(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var lenient) ? lenient : null;
    }

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
    public Date? GetDateValue()
    {
        var reader = Start();
        return JsonFieldReader.TryReadDate(ref reader, out var value) ? value : null;
    }

    /// <inheritdoc />
    public Time? GetTimeValue()
    {
        var reader = Start();
        return JsonFieldReader.TryReadTime(ref reader, out var value) ? value : null;
    }

    /// <inheritdoc />
    public byte[]? GetByteArrayValue()
    {
        var reader = Start();
        return JsonFieldReader.TryReadBytes(ref reader, out var value) ? value : null;
    }

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
                model.ReadJson(ref reader, new JsonReadContext(OnBeforeAssignFieldValues, OnAfterAssignFieldValues));
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

    private Utf8JsonReader Start()
    {
        var reader = new Utf8JsonReader(_json.Span);
        reader.Read();
        return reader;
    }

    private Utf8JsonParseNode Child(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return new Utf8JsonParseNode(_json[start..(int)reader.BytesConsumed])
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
