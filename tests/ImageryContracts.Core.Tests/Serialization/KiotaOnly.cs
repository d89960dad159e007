using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Core.Tests.Serialization;

/// <summary>A user's model with Kiota's contract only (no generated reader), holding one model that has one.</summary>
internal sealed class KiotaOnly : IAdditionalDataHolder, IParsable
{
    public IDictionary<string, object> AdditionalData { get; set; } = new Dictionary<string, object>();

    public string? Kind { get; set; }

    public int? Size { get; set; }

    public List<string>? Tags { get; set; }

    public Leaf? Leaf { get; set; }

    public static KiotaOnly CreateFromDiscriminatorValue(IParseNode parseNode) => new();

    public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() => new Dictionary<string, Action<IParseNode>>
    {
        ["kind"] = node => Kind = node.GetStringValue(),
        ["size"] = node => Size = node.GetIntValue(),
        ["tags"] = node => Tags = node.GetCollectionOfPrimitiveValues<string>().ToList(),
        ["leaf"] = node => Leaf = node.GetObjectValue(_ => new Leaf()),
    };

    public void Serialize(ISerializationWriter writer)
    {
        writer.WriteStringValue("kind", Kind);
        writer.WriteIntValue("size", Size);
        writer.WriteCollectionOfPrimitiveValues("tags", Tags);
        writer.WriteObjectValue("leaf", Leaf);
        writer.WriteAdditionalData(AdditionalData);
    }
}
