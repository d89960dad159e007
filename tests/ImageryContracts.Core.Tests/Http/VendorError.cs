using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Core.Tests.Http;

/// <summary>An error model in the shape the generator emits: an <see cref="ApiException"/> that is also parsable.</summary>
internal sealed class VendorError : ApiException, IParsable
{
    public string? ErrorMessage { get; set; }

    public string? CorrelationId { get; set; }

    public static VendorError CreateFromDiscriminatorValue(IParseNode parseNode) => new();

    public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() => new Dictionary<string, Action<IParseNode>>
    {
        ["message"] = node => ErrorMessage = node.GetStringValue(),
        ["correlationId"] = node => CorrelationId = node.GetStringValue(),
    };

    public void Serialize(ISerializationWriter writer) => writer.WriteStringValue("message", ErrorMessage);
}
