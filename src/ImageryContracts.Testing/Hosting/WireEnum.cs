using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;

namespace ImageryContracts.Testing.Hosting;

/// <summary>Converts between the contract's enums and their wire values, through the same <c>[EnumMember]</c> names Newtonsoft writes.</summary>
internal static class WireEnum
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings { Converters = [new StringEnumConverter()] });

    public static string ToWire<T>(T value)
        where T : struct, Enum => JToken.FromObject(value, Serializer).ToString();

    public static T FromWire<T>(string wire)
        where T : struct, Enum => new JValue(wire).ToObject<T>(Serializer);
}
