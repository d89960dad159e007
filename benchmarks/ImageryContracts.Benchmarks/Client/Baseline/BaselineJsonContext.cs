using System.Text.Json.Serialization;

namespace ImageryContracts.Benchmarks.Client.Baseline;

/// <summary>
/// The hand-written baseline: System.Text.Json's source generator over POCOs of the same payloads, camelCase names,
/// enums by their wire values, nulls left out as Kiota's writer leaves them out.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(OrderList))]
[JsonSerializable(typeof(OrderRequest))]
[JsonSerializable(typeof(PriceResponse))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
