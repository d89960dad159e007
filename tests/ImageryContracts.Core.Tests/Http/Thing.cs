using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Core.Tests.Http;

/// <summary>A minimal model in the shape the generator emits, to drive Kiota's adapter.</summary>
internal sealed class Thing : IParsable
{
    public string? Name { get; set; }

    public static Thing CreateFromDiscriminatorValue(IParseNode parseNode) => new();

    public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() =>
        new Dictionary<string, Action<IParseNode>> { ["name"] = node => Name = node.GetStringValue() };

    public void Serialize(ISerializationWriter writer) => writer.WriteStringValue("name", Name);
}
