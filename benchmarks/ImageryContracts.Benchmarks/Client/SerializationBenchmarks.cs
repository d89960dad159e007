using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImageryContracts.Benchmarks.Client.Baseline;
using ImageryContracts.Serialization;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using Kiota = ImageryContracts.OneAtlas.Models;
using KiotaDataCosmos = ImageryContracts.DataCosmos.Models;

namespace ImageryContracts.Benchmarks.Client;

/// <summary>
/// One payload read from UTF-8 JSON and written back, through the generated Kiota models with the kit's JSON factories
/// (<see cref="Utf8JsonParseNodeFactory"/>, <see cref="Utf8JsonSerializationWriterFactory"/>: the models' generated
/// readers and writers, what the generated client uses), with Kiota's own (<see cref="JsonParseNodeFactory"/>,
/// <see cref="JsonSerializationWriterFactory"/>: the models' Kiota contract), and through the System.Text.Json
/// source-generated baseline. Each category has its own baseline, so the Ratio column is ÷ STJ.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerializationBenchmarks
{
    private const string Json = "application/json";
    private const string OrderList = "Order list (100), read + write";
    private const string PriceRequest = "Price request, read + write";
    private const string PriceResponse = "Price response, read + write";
    private const string OneAtlasSearch = "OneAtlas search page (50), read + write";
    private const string StacSearch = "DataCosmos STAC page (50), read + write";

    private readonly IParseNodeFactory _parseNodes = new Utf8JsonParseNodeFactory();
    private readonly ISerializationWriterFactory _writers = new Utf8JsonSerializationWriterFactory();
    private readonly IParseNodeFactory _kiotaParseNodes = new JsonParseNodeFactory();
    private readonly ISerializationWriterFactory _kiotaWriters = new JsonSerializationWriterFactory();

    /// <summary>Checks both sides read the payloads into equal shapes, so the comparison is of the same work.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var kit = RoundTrip(OneAtlasPayloads.OrderList, Kiota.OrderList.CreateFromDiscriminatorValue, _parseNodes, _writers);
        var kiota = RoundTrip(OneAtlasPayloads.OrderList, Kiota.OrderList.CreateFromDiscriminatorValue, _kiotaParseNodes, _kiotaWriters);
        var baseline = System.Text.Json.JsonSerializer.Deserialize(OneAtlasPayloads.OrderList, BaselineJsonContext.Default.OrderList)!;
        var kitOrders = Read(OneAtlasPayloads.OrderList, Kiota.OrderList.CreateFromDiscriminatorValue, _parseNodes).Items!;
        var kiotaOrders = Read(OneAtlasPayloads.OrderList, Kiota.OrderList.CreateFromDiscriminatorValue, _kiotaParseNodes).Items!;
        if (kitOrders.Count != OneAtlasPayloads.OrdersPerPage || kiotaOrders.Count != OneAtlasPayloads.OrdersPerPage || baseline.Items!.Count != OneAtlasPayloads.OrdersPerPage
            || kitOrders[0].Deliveries![0].Datas!.SegmentFootprint!.Coordinates![0].Count != baseline.Items[0].Deliveries![0].Datas!.SegmentFootprint!.Coordinates![0].Count
            || kitOrders[0].AdditionalData.Count != 0 || kiota == 0 || kit == 0)
        {
            throw new InvalidOperationException($"The order list did not read as {OneAtlasPayloads.OrdersPerPage} equal orders on both sides; the benchmark would compare different work.");
        }

        SearchPageShapes.RequireSame(
            Read(OneAtlasPayloads.SearchResponse, Kiota.SearchResponse.CreateFromDiscriminatorValue, _parseNodes),
            System.Text.Json.JsonSerializer.Deserialize(OneAtlasPayloads.SearchResponse, BaselineJsonContext.Default.SearchResponse)!,
            OneAtlasPayloads.FeaturesPerPage);
        SearchPageShapes.RequireSame(
            Read(DataCosmosPayloads.SearchPage, KiotaDataCosmos.StacItemCollection.CreateFromDiscriminatorValue, _parseNodes),
            System.Text.Json.JsonSerializer.Deserialize(DataCosmosPayloads.SearchPage, BaselineJsonContext.Default.StacItemCollection)!,
            DataCosmosPayloads.FeaturesPerPage);
        if (Read(OneAtlasPayloads.SearchResponse, Kiota.SearchResponse.CreateFromDiscriminatorValue, _kiotaParseNodes).Features!.Count != OneAtlasPayloads.FeaturesPerPage
            || Read(DataCosmosPayloads.SearchPage, KiotaDataCosmos.StacItemCollection.CreateFromDiscriminatorValue, _kiotaParseNodes).Features!.Count != DataCosmosPayloads.FeaturesPerPage
            || KitOneAtlasSearch() == 0 || KiotaOneAtlasSearch() == 0 || KitStacSearch() == 0 || KiotaStacSearch() == 0)
        {
            throw new InvalidOperationException("Kiota's JSON did not read the search pages' features, or a search page did not write; the benchmark would compare different work.");
        }
    }

    /// <summary>Generated models, the kit's JSON: the 100-order page.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Description = "Models, kit JSON"), BenchmarkCategory(OrderList)]
    public long KitOrderList() => RoundTrip(OneAtlasPayloads.OrderList, Kiota.OrderList.CreateFromDiscriminatorValue, _parseNodes, _writers);

    /// <summary>Generated models, Kiota's JSON: the 100-order page.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Description = "Models, Kiota JSON"), BenchmarkCategory(OrderList)]
    public long KiotaOrderList() => RoundTrip(OneAtlasPayloads.OrderList, Kiota.OrderList.CreateFromDiscriminatorValue, _kiotaParseNodes, _kiotaWriters);

    /// <summary>STJ source-generated baseline: the 100-order page.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(OrderList)]
    public long StjOrderList() => StjRoundTrip(OneAtlasPayloads.OrderList, BaselineJsonContext.Default.OrderList);

    /// <summary>Generated models, the kit's JSON: the price request.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Description = "Models, kit JSON"), BenchmarkCategory(PriceRequest)]
    public long KitPriceRequest() => RoundTrip(OneAtlasPayloads.PriceRequest, Kiota.OrderRequest.CreateFromDiscriminatorValue, _parseNodes, _writers);

    /// <summary>Generated models, Kiota's JSON: the price request.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Description = "Models, Kiota JSON"), BenchmarkCategory(PriceRequest)]
    public long KiotaPriceRequest() => RoundTrip(OneAtlasPayloads.PriceRequest, Kiota.OrderRequest.CreateFromDiscriminatorValue, _kiotaParseNodes, _kiotaWriters);

    /// <summary>STJ source-generated baseline: the price request.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(PriceRequest)]
    public long StjPriceRequest() => StjRoundTrip(OneAtlasPayloads.PriceRequest, BaselineJsonContext.Default.OrderRequest);

    /// <summary>Generated models, the kit's JSON: the price response.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Description = "Models, kit JSON"), BenchmarkCategory(PriceResponse)]
    public long KitPriceResponse() => RoundTrip(OneAtlasPayloads.PriceResponse, Kiota.PriceResponse.CreateFromDiscriminatorValue, _parseNodes, _writers);

    /// <summary>Generated models, Kiota's JSON: the price response.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Description = "Models, Kiota JSON"), BenchmarkCategory(PriceResponse)]
    public long KiotaPriceResponse() => RoundTrip(OneAtlasPayloads.PriceResponse, Kiota.PriceResponse.CreateFromDiscriminatorValue, _kiotaParseNodes, _kiotaWriters);

    /// <summary>STJ source-generated baseline: the price response.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(PriceResponse)]
    public long StjPriceResponse() => StjRoundTrip(OneAtlasPayloads.PriceResponse, BaselineJsonContext.Default.PriceResponse);

    /// <summary>Generated models, the kit's JSON: the OneAtlas search page.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Description = "Models, kit JSON"), BenchmarkCategory(OneAtlasSearch)]
    public long KitOneAtlasSearch() => RoundTrip(OneAtlasPayloads.SearchResponse, Kiota.SearchResponse.CreateFromDiscriminatorValue, _parseNodes, _writers);

    /// <summary>Generated models, Kiota's JSON: the OneAtlas search page.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Description = "Models, Kiota JSON"), BenchmarkCategory(OneAtlasSearch)]
    public long KiotaOneAtlasSearch() => RoundTrip(OneAtlasPayloads.SearchResponse, Kiota.SearchResponse.CreateFromDiscriminatorValue, _kiotaParseNodes, _kiotaWriters);

    /// <summary>STJ source-generated baseline: the OneAtlas search page.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(OneAtlasSearch)]
    public long StjOneAtlasSearch() => StjRoundTrip(OneAtlasPayloads.SearchResponse, BaselineJsonContext.Default.SearchResponse);

    /// <summary>Generated models, the kit's JSON: the DataCosmos STAC page.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Description = "Models, kit JSON"), BenchmarkCategory(StacSearch)]
    public long KitStacSearch() => RoundTrip(DataCosmosPayloads.SearchPage, KiotaDataCosmos.StacItemCollection.CreateFromDiscriminatorValue, _parseNodes, _writers);

    /// <summary>Generated models, Kiota's JSON: the DataCosmos STAC page.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Description = "Models, Kiota JSON"), BenchmarkCategory(StacSearch)]
    public long KiotaStacSearch() => RoundTrip(DataCosmosPayloads.SearchPage, KiotaDataCosmos.StacItemCollection.CreateFromDiscriminatorValue, _kiotaParseNodes, _kiotaWriters);

    /// <summary>STJ source-generated baseline: the DataCosmos STAC page.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(StacSearch)]
    public long StjStacSearch() => StjRoundTrip(DataCosmosPayloads.SearchPage, BaselineJsonContext.Default.StacItemCollection);

    private static T Read<T>(byte[] json, ParsableFactory<T> factory, IParseNodeFactory parseNodes)
        where T : IParsable
    {
        using var body = new MemoryStream(json, writable: false);
        return parseNodes.GetRootParseNodeAsync(Json, body).GetAwaiter().GetResult().GetObjectValue(factory)!;
    }

    private static long RoundTrip<T>(byte[] json, ParsableFactory<T> factory, IParseNodeFactory parseNodes, ISerializationWriterFactory writers)
        where T : IParsable
    {
        var model = Read(json, factory, parseNodes);
        using var writer = writers.GetSerializationWriter(Json);
        writer.WriteObjectValue(null, model);
        using var written = writer.GetSerializedContent();
        return written.Length;
    }

    private static long StjRoundTrip<T>(byte[] json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(System.Text.Json.JsonSerializer.Deserialize(json, type)!, type).LongLength;
}
