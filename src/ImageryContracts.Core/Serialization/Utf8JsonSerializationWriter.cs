using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Serialization;

/// <summary>
/// Kiota's <see cref="ISerializationWriter"/> for <c>application/json</c> over a <see cref="Utf8JsonWriter"/> into
/// pooled buffers: every value is written by its typed overload (no boxing, no serializer call per value), and a model
/// that implements <see cref="IJsonModel"/> writes itself in one call. Any other model goes through its
/// <see cref="IParsable.Serialize"/>, as are all models while a serialization callback is set (Kiota's backing store
/// uses them to write only changed values).
/// </summary>
public sealed class Utf8JsonSerializationWriter : ISerializationWriter
{
    // A JSON writer is the largest object of a body's write (about 150 bytes of every call); one per thread is kept
    // between bodies and reset onto the next one's buffer. A serialization writer lets go of its own when it hands
    // the content over or is disposed, so a late write fails instead of landing in another body.
    [ThreadStatic]
    private static Utf8JsonWriter? t_spareWriter;

    private readonly PooledBufferWriter? _buffer;
    private readonly bool _ownsWriter;
    private Utf8JsonWriter? _writer;

    /// <summary>Creates a writer with its own buffer.</summary>
    public Utf8JsonSerializationWriter()
    {
        _buffer = new PooledBufferWriter();
        _writer = TakeSpareWriter(_buffer);
        _ownsWriter = true;
    }

    /// <summary>Creates a writer that appends to <paramref name="writer"/> (for a model without a generated writer inside one with).</summary>
    /// <param name="writer">The JSON writer to append to; not disposed with this one.</param>
    public Utf8JsonSerializationWriter(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
    }

    /// <inheritdoc />
    public Action<IParsable>? OnBeforeObjectSerialization { get; set; }

    /// <inheritdoc />
    public Action<IParsable>? OnAfterObjectSerialization { get; set; }

    /// <inheritdoc />
    public Action<IParsable, ISerializationWriter>? OnStartObjectSerialization { get; set; }

    private bool HasCallbacks => OnBeforeObjectSerialization is not null || OnAfterObjectSerialization is not null || OnStartObjectSerialization is not null;

    /// <summary>The JSON written so far, as a read-only stream that returns its buffer to the pool when disposed.</summary>
    /// <returns>The content; the writer is empty afterwards.</returns>
    /// <exception cref="InvalidOperationException">The writer appends to another one's JSON writer.</exception>
    public Stream GetSerializedContent()
    {
        if (_buffer is null)
        {
            throw new InvalidOperationException("This writer appends to another writer's JSON; take the content from that one.");
        }

        Writer.Flush();
        var content = _buffer.Detach();
        ReleaseWriter();
        return content;
    }

    /// <inheritdoc />
    public void WriteStringValue(string? key, string? value)
    {
        if (value is not null)
        {
            Name(key);
            Writer.WriteStringValue(value);
        }
    }

    /// <inheritdoc />
    public void WriteBoolValue(string? key, bool? value)
    {
        if (value is { } flag)
        {
            Name(key);
            Writer.WriteBooleanValue(flag);
        }
    }

    /// <inheritdoc />
    public void WriteByteValue(string? key, byte? value)
    {
        if (value is { } number)
        {
            Name(key);
            Writer.WriteNumberValue(number);
        }
    }

    /// <inheritdoc />
    public void WriteSbyteValue(string? key, sbyte? value)
    {
        if (value is { } number)
        {
            Name(key);
            Writer.WriteNumberValue(number);
        }
    }

    /// <inheritdoc />
    public void WriteIntValue(string? key, int? value)
    {
        if (value is { } number)
        {
            Name(key);
            Writer.WriteNumberValue(number);
        }
    }

    /// <inheritdoc />
    public void WriteFloatValue(string? key, float? value)
    {
        if (value is { } number)
        {
            Name(key);
            Writer.WriteNumberValue(number);
        }
    }

    /// <inheritdoc />
    public void WriteLongValue(string? key, long? value)
    {
        if (value is { } number)
        {
            Name(key);
            Writer.WriteNumberValue(number);
        }
    }

    /// <inheritdoc />
    public void WriteDoubleValue(string? key, double? value)
    {
        if (value is { } number)
        {
            Name(key);
            Writer.WriteNumberValue(number);
        }
    }

    /// <inheritdoc />
    public void WriteDecimalValue(string? key, decimal? value)
    {
        if (value is { } number)
        {
            Name(key);
            Writer.WriteNumberValue(number);
        }
    }

    /// <inheritdoc />
    public void WriteGuidValue(string? key, Guid? value)
    {
        if (value is { } id)
        {
            Name(key);
            Writer.WriteStringValue(id);
        }
    }

    /// <inheritdoc />
    public void WriteDateTimeOffsetValue(string? key, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            Name(key);
            JsonFieldWriter.WriteDateTimeOffset(Writer, instant);
        }
    }

    /// <inheritdoc />
    public void WriteTimeSpanValue(string? key, TimeSpan? value)
    {
        if (value is { } span)
        {
            Name(key);
            Writer.WriteStringValue(System.Xml.XmlConvert.ToString(span));
        }
    }

    /// <inheritdoc />
    public void WriteDateValue(string? key, Date? value)
    {
        if (value is { } date)
        {
            Name(key);
            Writer.WriteStringValue(date.ToString());
        }
    }

    /// <inheritdoc />
    public void WriteTimeValue(string? key, Time? value)
    {
        if (value is { } time)
        {
            Name(key);
            Writer.WriteStringValue(time.ToString());
        }
    }

    /// <inheritdoc />
    public void WriteByteArrayValue(string? key, byte[]? value)
    {
        if (value is not null)
        {
            Name(key);
            Writer.WriteBase64StringValue(value);
        }
    }

    /// <inheritdoc />
    public void WriteNullValue(string? key)
    {
        Name(key);
        Writer.WriteNullValue();
    }

    /// <inheritdoc />
    public void WriteEnumValue<T>(string? key, T? value)
        where T : struct, Enum
    {
        if (value is { } member)
        {
            Name(key);
            Writer.WriteStringValue(EnumWireValues.Of(member));
        }
    }

    /// <inheritdoc />
    public void WriteCollectionOfPrimitiveValues<T>(string? key, IEnumerable<T>? values)
    {
        if (values is null)
        {
            return;
        }

        Name(key);
        Writer.WriteStartArray();
        foreach (var value in values)
        {
            JsonFieldWriter.WriteValue(Writer, value);
        }

        Writer.WriteEndArray();
    }

    /// <inheritdoc />
    public void WriteCollectionOfObjectValues<T>(string? key, IEnumerable<T>? values)
        where T : IParsable
    {
        if (values is null)
        {
            return;
        }

        Name(key);
        Writer.WriteStartArray();
        foreach (var value in values)
        {
            if (value is null)
            {
                Writer.WriteNullValue();
            }
            else
            {
                WriteObjectValue(null, value);
            }
        }

        Writer.WriteEndArray();
    }

    /// <inheritdoc />
    public void WriteCollectionOfEnumValues<T>(string? key, IEnumerable<T?>? values)
        where T : struct, Enum
    {
        if (values is null)
        {
            return;
        }

        Name(key);
        Writer.WriteStartArray();
        foreach (var value in values)
        {
            if (value is { } member)
            {
                Writer.WriteStringValue(EnumWireValues.Of(member));
            }
            else
            {
                Writer.WriteNullValue();
            }
        }

        Writer.WriteEndArray();
    }

    /// <inheritdoc />
    public void WriteObjectValue<T>(string? key, T? value, params IParsable?[] additionalValuesToMerge)
        where T : IParsable
    {
        var merges = additionalValuesToMerge ?? [];
        if (value is null && Array.TrueForAll(merges, merge => merge is null))
        {
            return;
        }

        Name(key);
        if (value is UntypedNode untyped)
        {
            UntypedJson.Write(Writer, untyped);
            return;
        }

        if (value is IJsonModel model && merges.Length == 0 && !HasCallbacks)
        {
            model.WriteJson(Writer);
            return;
        }

        if (value is not null)
        {
            OnBeforeObjectSerialization?.Invoke(value);
        }

        Writer.WriteStartObject();
        if (value is not null)
        {
            OnStartObjectSerialization?.Invoke(value, this);
            value.Serialize(this);
        }

        foreach (var merge in merges)
        {
            merge?.Serialize(this);
        }

        Writer.WriteEndObject();
        if (value is not null)
        {
            OnAfterObjectSerialization?.Invoke(value);
        }
    }

    /// <inheritdoc />
    public void WriteAdditionalData(IDictionary<string, object> value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var (name, item) in value)
        {
            Writer.WritePropertyName(name);
            JsonFieldWriter.WriteValue(Writer, item);
        }
    }

    /// <summary>Disposes the JSON writer and returns a buffer not handed over by <see cref="GetSerializedContent"/>.</summary>
    public void Dispose()
    {
        if (_ownsWriter)
        {
            ReleaseWriter();
            _buffer!.Dispose();
        }
    }

    private Utf8JsonWriter Writer => _writer ?? throw new ObjectDisposedException(nameof(Utf8JsonSerializationWriter), "The content was handed over or the writer disposed; write a new body with a new writer.");

    private static Utf8JsonWriter TakeSpareWriter(PooledBufferWriter buffer)
    {
        if (t_spareWriter is not { } spare)
        {
            return new Utf8JsonWriter(buffer);
        }

        t_spareWriter = null;
        spare.Reset(buffer);
        return spare;
    }

    private void ReleaseWriter()
    {
        if (_writer is { } writer)
        {
            _writer = null;
            writer.Reset();
            t_spareWriter = writer;
        }
    }

    private void Name(string? key)
    {
        if (!string.IsNullOrEmpty(key))
        {
            Writer.WritePropertyName(key);
        }
    }
}
