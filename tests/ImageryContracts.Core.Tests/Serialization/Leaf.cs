using System.Text.Json;
using ImageryContracts.Serialization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Core.Tests.Serialization;

/// <summary>A nested model in the generated shape: one required string and one enum.</summary>
internal sealed class Leaf : IAdditionalDataHolder, IJsonModel
{
    private static readonly JsonEncodedText NameOfLabel = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText NameOfShade = JsonEncodedText.Encode("shade");

    private string? _label;
    private Shade? _shade;

    public IDictionary<string, object> AdditionalData { get; set; } = new Dictionary<string, object>();

    public string? Label
    {
        get => _label;
        set { _label = value; AdditionalData.Remove("label"); }
    }

    public Shade? Shade
    {
        get => _shade;
        set { _shade = value; AdditionalData.Remove("shade"); }
    }

    public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() => new Dictionary<string, Action<IParseNode>>
    {
        ["label"] = node => Label = node.GetStringValue(),
        ["shade"] = node => Shade = node.GetStringValue() switch { "light" => Serialization.Shade.Light, "dark" => Serialization.Shade.Dark, _ => null },
    };

    public void Serialize(ISerializationWriter writer)
    {
        writer.WriteStringValue("label", Label);
        writer.WriteStringValue("shade", Shade is { } shade ? ShadeJson.Wire(shade) : null);
        writer.WriteAdditionalData(AdditionalData);
    }

    void IJsonModel.ReadJson(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeforeAssign(this);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("label"u8))
            {
                reader.Read();
                if (JsonFieldReader.TryReadString(ref reader, out var label))
                {
                    _label = label;
                }
                else
                {
                    context.KeepRaw(ref reader, AdditionalData, "label", "Leaf.label", nullable: false);
                }
            }
            else if (reader.ValueTextEquals("shade"u8))
            {
                reader.Read();
                if (ShadeJson.TryRead(ref reader, out var shade))
                {
                    _shade = shade;
                }
                else
                {
                    context.KeepUnknownValue(ref reader, AdditionalData, "shade", "Leaf.shade", nullable: false);
                }
            }
            else
            {
                context.KeepUnknownField(ref reader, AdditionalData, "Leaf");
            }
        }

        context.AfterAssign(this);
    }

    void IJsonModel.WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Label is { } label)
        {
            writer.WritePropertyName(NameOfLabel);
            writer.WriteStringValue(label);
        }

        if (Shade is { } shade)
        {
            writer.WritePropertyName(NameOfShade);
            ShadeJson.Write(writer, shade);
        }

        foreach (var entry in AdditionalData)
        {
            if (!(entry.Key == "label" && Label is not null) && !(entry.Key == "shade" && Shade is not null))
            {
                writer.WritePropertyName(entry.Key);
                JsonFieldWriter.WriteValue(writer, entry.Value);
            }
        }

        writer.WriteEndObject();
    }

    public string? FindMissingRequired() => Label is null ? "label" : null;
}
