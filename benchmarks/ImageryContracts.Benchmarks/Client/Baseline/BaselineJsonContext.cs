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
[JsonSerializable(typeof(SearchOptions))]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(List<Link>))]
[JsonSerializable(typeof(StacSearchRequest))]
[JsonSerializable(typeof(StacItemCollection))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
