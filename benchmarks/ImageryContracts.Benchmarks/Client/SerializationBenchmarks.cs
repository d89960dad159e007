using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImageryContracts.Benchmarks.Client.Baseline;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using Kiota = ImageryContracts.OneAtlas.Models;

namespace ImageryContracts.Benchmarks.Client;

/// <summary>
/// One payload read from UTF-8 JSON and written back, through the generated Kiota models (<see cref="JsonParseNodeFactory"/>,
/// <see cref="JsonSerializationWriterFactory"/>) and through the System.Text.Json source-generated baseline. Each
/// category has its own baseline, so the Ratio column is ours ÷ STJ.
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

    private readonly JsonParseNodeFactory _parseNodes = new();
    private readonly JsonSerializationWriterFactory _writers = new();

    /// <summary>Checks both sides read the payloads into equal shapes, so the comparison is of the same work.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var kiota = KiotaRoundTrip(OneAtlasPayloads.OrderList, Kiota.OrderList.CreateFromDiscriminatorValue);
        var baseline = System.Text.Json.JsonSerializer.Deserialize(OneAtlasPayloads.OrderList, BaselineJsonContext.Default.OrderList)!;
        var kiotaOrders = ReadKiota(OneAtlasPayloads.OrderList, Kiota.OrderList.CreateFromDiscriminatorValue).Items!;
        if (kiotaOrders.Count != OneAtlasPayloads.OrdersPerPage || baseline.Items!.Count != OneAtlasPayloads.OrdersPerPage
            || kiotaOrders[0].Deliveries![0].Datas!.SegmentFootprint!.Coordinates![0].Count != baseline.Items[0].Deliveries![0].Datas!.SegmentFootprint!.Coordinates![0].Count
            || kiota == 0)
        {
            throw new InvalidOperationException($"The order list did not read as {OneAtlasPayloads.OrdersPerPage} equal orders on both sides; the benchmark would compare different work.");
        }
    }

    /// <summary>Generated Kiota models: the 100-order page.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Description = "Kiota models"), BenchmarkCategory(OrderList)]
    public long KiotaOrderList() => KiotaRoundTrip(OneAtlasPayloads.OrderList, Kiota.OrderList.CreateFromDiscriminatorValue);

    /// <summary>STJ source-generated baseline: the 100-order page.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(OrderList)]
    public long StjOrderList() => StjRoundTrip(OneAtlasPayloads.OrderList, BaselineJsonContext.Default.OrderList);

    /// <summary>Generated Kiota models: the price request.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Description = "Kiota models"), BenchmarkCategory(PriceRequest)]
    public long KiotaPriceRequest() => KiotaRoundTrip(OneAtlasPayloads.PriceRequest, Kiota.OrderRequest.CreateFromDiscriminatorValue);

    /// <summary>STJ source-generated baseline: the price request.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(PriceRequest)]
    public long StjPriceRequest() => StjRoundTrip(OneAtlasPayloads.PriceRequest, BaselineJsonContext.Default.OrderRequest);

    /// <summary>Generated Kiota models: the price response.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Description = "Kiota models"), BenchmarkCategory(PriceResponse)]
    public long KiotaPriceResponse() => KiotaRoundTrip(OneAtlasPayloads.PriceResponse, Kiota.PriceResponse.CreateFromDiscriminatorValue);

    /// <summary>STJ source-generated baseline: the price response.</summary>
    /// <returns>The written length.</returns>
    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(PriceResponse)]
    public long StjPriceResponse() => StjRoundTrip(OneAtlasPayloads.PriceResponse, BaselineJsonContext.Default.PriceResponse);

    private T ReadKiota<T>(byte[] json, ParsableFactory<T> factory)
        where T : IParsable
    {
        using var body = new MemoryStream(json, writable: false);
        return _parseNodes.GetRootParseNodeAsync(Json, body).GetAwaiter().GetResult().GetObjectValue(factory)!;
    }

    private long KiotaRoundTrip<T>(byte[] json, ParsableFactory<T> factory)
        where T : IParsable
    {
        var model = ReadKiota(json, factory);
        using var writer = _writers.GetSerializationWriter(Json);
        writer.WriteObjectValue(null, model);
        using var written = writer.GetSerializedContent();
        return written.Length;
    }

    private static long StjRoundTrip<T>(byte[] json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(System.Text.Json.JsonSerializer.Deserialize(json, type)!, type).LongLength;
}
