using System.Text.Json;
using ImageryContracts.Serialization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Core.Tests.Serialization;

/// <summary>
/// A model in the shape the generator emits (Kiota's members plus <see cref="IJsonModel"/>), written by hand so the
/// runtime is tested apart from the generator: a number, a date-time, a spec-nullable string, a nested model, a list
/// of models and GeoJSON-like coordinates.
/// </summary>
internal sealed class Sample : IAdditionalDataHolder, IJsonModel
{
    private long? _count;
    private DateTimeOffset? _at;
    private string? _note;

    public IDictionary<string, object> AdditionalData { get; set; } = new Dictionary<string, object>();

    public long? Count
    {
        get => _count;
        set { _count = value; AdditionalData.Remove("count"); }
    }

    public DateTimeOffset? At
    {
        get => _at;
        set { _at = value; AdditionalData.Remove("at"); }
    }

    /// <summary>The spec says <c>nullable: true</c>.</summary>
    public string? Note
    {
        get => _note;
        set { _note = value; AdditionalData.Remove("note"); }
    }

    public Leaf? Leaf { get; set; }

    public List<Leaf>? Leaves { get; set; }

    public List<List<double>>? Coordinates { get; set; }

    public static Sample CreateFromDiscriminatorValue(IParseNode parseNode) => new();

    public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() => new Dictionary<string, Action<IParseNode>>
    {
        ["count"] = node => Count = node.GetLongValue(),
        ["at"] = node => At = node.GetDateTimeOffsetValue(),
        ["note"] = node => Note = node.GetStringValue(),
        ["leaf"] = node => Leaf = node.GetObjectValue(_ => new Leaf()),
        ["leaves"] = node => Leaves = node.GetCollectionOfObjectValues(_ => new Leaf()).ToList(),
    };

    public void Serialize(ISerializationWriter writer)
    {
        writer.WriteLongValue("count", Count);
        writer.WriteDateTimeOffsetValue("at", At);
        writer.WriteStringValue("note", Note);
        writer.WriteObjectValue("leaf", Leaf);
        writer.WriteCollectionOfObjectValues("leaves", Leaves);
        writer.WriteAdditionalData(AdditionalData);
    }

    void IJsonModel.ReadJson(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeforeAssign(this);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("count"u8))
            {
                reader.Read();
                if (JsonFieldReader.TryReadInt64(ref reader, out var count))
                {
                    _count = count;
                }
                else
                {
                    context.KeepRaw(ref reader, AdditionalData, "count", "Sample.count", nullable: false);
                }
            }
            else if (reader.ValueTextEquals("at"u8))
            {
                reader.Read();
                if (JsonFieldReader.TryReadDateTimeOffset(ref reader, out var at))
                {
                    _at = at;
                }
                else
                {
                    context.KeepRaw(ref reader, AdditionalData, "at", "Sample.at", nullable: false);
                }
            }
            else if (reader.ValueTextEquals("note"u8))
            {
                reader.Read();
                if (JsonFieldReader.TryReadString(ref reader, out var note))
                {
                    _note = note;
                }
                else
                {
                    context.KeepRaw(ref reader, AdditionalData, "note", "Sample.note", nullable: true);
                }
            }
            else if (reader.ValueTextEquals("leaf"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    var leaf = new Leaf();
                    ((IJsonModel)leaf).ReadJson(ref reader, context);
                    Leaf = leaf;
                }
                else
                {
                    context.KeepRaw(ref reader, AdditionalData, "leaf", "Sample.leaf", nullable: false);
                }
            }
            else if (reader.ValueTextEquals("leaves"u8))
            {
                reader.Read();
                var start = reader;
                if (JsonFieldReader.TryReadModels(ref reader, context, static () => new Leaf(), out var leaves))
                {
                    Leaves = leaves;
                }
                else
                {
                    reader = start;
                    context.KeepRaw(ref reader, AdditionalData, "leaves", "Sample.leaves", nullable: false);
                }
            }
            else if (reader.ValueTextEquals("coordinates"u8))
            {
                reader.Read();
                var start = reader;
                if (JsonFieldReader.TryReadList(ref reader, static (ref Utf8JsonReader r, out List<double> v) => JsonFieldReader.TryReadList(ref r, JsonFieldReader.TryReadDouble, out v), out var coordinates))
                {
                    Coordinates = coordinates;
                }
                else
                {
                    reader = start;
                    context.KeepRaw(ref reader, AdditionalData, "coordinates", "Sample.coordinates", nullable: false);
                }
            }
            else
            {
                context.KeepUnknownField(ref reader, AdditionalData, "Sample");
            }
        }

        context.AfterAssign(this);
    }

    void IJsonModel.WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Count is { } count)
        {
            writer.WriteNumber("count", count);
        }

        if (At is { } at)
        {
            writer.WritePropertyName("at");
            JsonFieldWriter.WriteDateTimeOffset(writer, at);
        }

        if (Note is { } note)
        {
            writer.WriteString("note", note);
        }

        if (Leaf is { } leaf)
        {
            writer.WritePropertyName("leaf");
            JsonFieldWriter.WriteModel(writer, leaf);
        }

        if (Leaves is { } leaves)
        {
            writer.WriteStartArray("leaves");
            foreach (var item in leaves)
            {
                JsonFieldWriter.WriteModel(writer, item);
            }

            writer.WriteEndArray();
        }

        if (Coordinates is { } coordinates)
        {
            writer.WriteStartArray("coordinates");
            foreach (var position in coordinates)
            {
                writer.WriteStartArray();
                foreach (var value in position)
                {
                    writer.WriteNumberValue(value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        foreach (var entry in AdditionalData)
        {
            if (!HasValue(entry.Key))
            {
                writer.WritePropertyName(entry.Key);
                JsonFieldWriter.WriteValue(writer, entry.Value);
            }
        }

        writer.WriteEndObject();
    }

    public string? FindMissingRequired()
    {
        if (Count is null)
        {
            return "count";
        }

        if (Leaf?.FindMissingRequired() is { } inLeaf)
        {
            return "leaf." + inLeaf;
        }

        for (var i = 0; Leaves is not null && i < Leaves.Count; i++)
        {
            if (Leaves[i].FindMissingRequired() is { } inLeaves)
            {
                return $"leaves[{i}].{inLeaves}";
            }
        }

        return null;
    }

    private bool HasValue(string wireName) => wireName switch
    {
        "count" => Count is not null,
        "at" => At is not null,
        "note" => Note is not null,
        "leaf" => Leaf is not null,
        "leaves" => Leaves is not null,
        "coordinates" => Coordinates is not null,
        _ => false,
    };
}
