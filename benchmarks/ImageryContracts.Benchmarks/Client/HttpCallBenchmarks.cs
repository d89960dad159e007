using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImageryContracts.Benchmarks.Client.Baseline;
using ImageryContracts.DataCosmos;
using ImageryContracts.OneAtlas;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Kiota = ImageryContracts.OneAtlas.Models;
using KiotaDataCosmos = ImageryContracts.DataCosmos.Models;

namespace ImageryContracts.Benchmarks.Client;

/// <summary>
/// One full call against an in-memory handler: the generated client through <see cref="HttpClientRequestAdapter"/>
/// (bare with the JSON factories the root client registers, the kit's; bare with Kiota's own JSON factories; and with
/// Kiota's default middleware as <c>KiotaClientFactory</c> builds it) vs <see cref="HttpClient"/> with System.Text.Json's
/// source-generated baseline. Listing returns the 100-order page; pricing sends the seed's price request and reads its
/// response; the searches post the vendor's search body and read a 50-item page (OneAtlas' catalogue, DataCosmos' STAC).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class HttpCallBenchmarks
{
    private const string DataApi = "https://data.api.oneatlas.airbus.com/api/v1/";
    private const string SearchApi = "https://search.foundation.api.oneatlas.airbus.com/api/v2/opensearch";
    private const string StacApi = "https://app.open-cosmos.com/api/data/v0/stac/";
    private const string ListOrders = "GET orders (100)";
    private const string Price = "POST prices";
    private const string OneAtlasSearch = "POST opensearch (50)";
    private const string StacSearch = "POST stac/search (50)";

    private OneAtlasClient _kiotaLists = null!;
    private OneAtlasClient _kiotaListsKiotaJson = null!;
    private OneAtlasClient _kiotaListsWithMiddleware = null!;
    private OneAtlasClient _kiotaPrices = null!;
    private OneAtlasClient _kiotaPricesKiotaJson = null!;
    private OneAtlasClient _kiotaPricesWithMiddleware = null!;
    private OneAtlasClient _kiotaSearches = null!;
    private OneAtlasClient _kiotaSearchesKiotaJson = null!;
    private OneAtlasClient _kiotaSearchesWithMiddleware = null!;
    private DataCosmosClient _kiotaStac = null!;
    private DataCosmosClient _kiotaStacKiotaJson = null!;
    private DataCosmosClient _kiotaStacWithMiddleware = null!;
    private HttpClient _stjLists = null!;
    private HttpClient _stjPrices = null!;
    private HttpClient _stjSearches = null!;
    private HttpClient _stjStac = null!;
    private Kiota.OrderRequest _kiotaPriceRequest = null!;
    private OrderRequest _stjPriceRequest = null!;
    private Kiota.SearchOptions _kiotaSearchOptions = null!;
    private SearchOptions _stjSearchOptions = null!;
    private KiotaDataCosmos.StacSearchRequest _kiotaStacRequest = null!;
    private StacSearchRequest _stjStacRequest = null!;

    /// <summary>Builds the clients over canned responses and reads each request body once for each side.</summary>
    [GlobalSetup]
    public async Task Setup()
    {
        _kiotaLists = new OneAtlasClient(BareAdapter(OneAtlasPayloads.OrderList));
        _kiotaListsKiotaJson = new OneAtlasClient(KiotaJsonAdapter(OneAtlasPayloads.OrderList));
        _kiotaListsWithMiddleware = new OneAtlasClient(MiddlewareAdapter(OneAtlasPayloads.OrderList));
        _kiotaPrices = new OneAtlasClient(BareAdapter(OneAtlasPayloads.PriceResponse));
        _kiotaPricesKiotaJson = new OneAtlasClient(KiotaJsonAdapter(OneAtlasPayloads.PriceResponse));
        _kiotaPricesWithMiddleware = new OneAtlasClient(MiddlewareAdapter(OneAtlasPayloads.PriceResponse));
        _kiotaSearches = new OneAtlasClient(BareAdapter(OneAtlasPayloads.SearchResponse));
        _kiotaSearchesKiotaJson = new OneAtlasClient(KiotaJsonAdapter(OneAtlasPayloads.SearchResponse));
        _kiotaSearchesWithMiddleware = new OneAtlasClient(MiddlewareAdapter(OneAtlasPayloads.SearchResponse));
        _kiotaStac = new DataCosmosClient(BareAdapter(DataCosmosPayloads.SearchPage));
        _kiotaStacKiotaJson = new DataCosmosClient(KiotaJsonAdapter(DataCosmosPayloads.SearchPage));
        _kiotaStacWithMiddleware = new DataCosmosClient(MiddlewareAdapter(DataCosmosPayloads.SearchPage));
        _stjLists = StjClient(OneAtlasPayloads.OrderList, DataApi);
        _stjPrices = StjClient(OneAtlasPayloads.PriceResponse, DataApi);
        _stjSearches = StjClient(OneAtlasPayloads.SearchResponse, SearchApi);
        _stjStac = StjClient(DataCosmosPayloads.SearchPage, StacApi);

        _kiotaPriceRequest = await ReadWithKiota(OneAtlasPayloads.PriceRequest, Kiota.OrderRequest.CreateFromDiscriminatorValue);
        _stjPriceRequest = System.Text.Json.JsonSerializer.Deserialize(OneAtlasPayloads.PriceRequest, BaselineJsonContext.Default.OrderRequest)!;
        _kiotaSearchOptions = await ReadWithKiota(OneAtlasPayloads.SearchRequest, Kiota.SearchOptions.CreateFromDiscriminatorValue);
        _stjSearchOptions = System.Text.Json.JsonSerializer.Deserialize(OneAtlasPayloads.SearchRequest, BaselineJsonContext.Default.SearchOptions)!;
        _kiotaStacRequest = await ReadWithKiota(DataCosmosPayloads.SearchRequest, KiotaDataCosmos.StacSearchRequest.CreateFromDiscriminatorValue);
        _stjStacRequest = System.Text.Json.JsonSerializer.Deserialize(DataCosmosPayloads.SearchRequest, BaselineJsonContext.Default.StacSearchRequest)!;

        if (await KiotaListOrders() != OneAtlasPayloads.OrdersPerPage || await KiotaListOrdersKiotaJson() != OneAtlasPayloads.OrdersPerPage
            || await StjListOrders() != OneAtlasPayloads.OrdersPerPage || await KiotaPrice() != await StjPrice() || await KiotaPriceKiotaJson() != await StjPrice())
        {
            throw new InvalidOperationException($"A client did not read the {OneAtlasPayloads.OrdersPerPage}-order page; the benchmark would compare different work.");
        }

        int[] oneAtlasPages = [await KiotaOneAtlasSearch(), await KiotaOneAtlasSearchKiotaJson(), await KiotaOneAtlasSearchWithMiddleware(), await StjOneAtlasSearch()];
        int[] stacPages = [await KiotaStacSearch(), await KiotaStacSearchKiotaJson(), await KiotaStacSearchWithMiddleware(), await StjStacSearch()];
        if (oneAtlasPages.Any(count => count != OneAtlasPayloads.FeaturesPerPage) || stacPages.Any(count => count != DataCosmosPayloads.FeaturesPerPage))
        {
            throw new InvalidOperationException($"A client did not read a search page's features (OneAtlas {string.Join(", ", oneAtlasPages)}; DataCosmos {string.Join(", ", stacPages)}); the benchmark would compare different work.");
        }
    }

    /// <summary>Generated client, bare adapter: <c>GET /api/v1/orders</c>.</summary>
    /// <returns>The number of orders read.</returns>
    [Benchmark(Description = "Kiota adapter"), BenchmarkCategory(ListOrders)]
    public async Task<int> KiotaListOrders() => (await _kiotaLists.Api.V1.Orders.GetAsync())!.Items!.Count;

    /// <summary>Generated client, bare adapter with Kiota's own JSON factories: <c>GET /api/v1/orders</c>.</summary>
    /// <returns>The number of orders read.</returns>
    [Benchmark(Description = "Kiota adapter, Kiota JSON"), BenchmarkCategory(ListOrders)]
    public async Task<int> KiotaListOrdersKiotaJson() => (await _kiotaListsKiotaJson.Api.V1.Orders.GetAsync())!.Items!.Count;

    /// <summary>Generated client, adapter over Kiota's default middleware: <c>GET /api/v1/orders</c>.</summary>
    /// <returns>The number of orders read.</returns>
    [Benchmark(Description = "Kiota adapter + default middleware"), BenchmarkCategory(ListOrders)]
    public async Task<int> KiotaListOrdersWithMiddleware() => (await _kiotaListsWithMiddleware.Api.V1.Orders.GetAsync())!.Items!.Count;

    /// <summary>HttpClient + STJ source-gen: <c>GET /api/v1/orders</c>.</summary>
    /// <returns>The number of orders read.</returns>
    [Benchmark(Baseline = true, Description = "HttpClient + STJ"), BenchmarkCategory(ListOrders)]
    public async Task<int> StjListOrders() => (await _stjLists.GetFromJsonAsync("orders", BaselineJsonContext.Default.OrderList))!.Items!.Count;

    /// <summary>Generated client, bare adapter: <c>POST /api/v1/prices</c>.</summary>
    /// <returns>The price in credits.</returns>
    [Benchmark(Description = "Kiota adapter"), BenchmarkCategory(Price)]
    public async Task<long?> KiotaPrice() => (await _kiotaPrices.Api.V1.Prices.PostAsync(_kiotaPriceRequest))!.Price!.Credits;

    /// <summary>Generated client, bare adapter with Kiota's own JSON factories: <c>POST /api/v1/prices</c>.</summary>
    /// <returns>The price in credits.</returns>
    [Benchmark(Description = "Kiota adapter, Kiota JSON"), BenchmarkCategory(Price)]
    public async Task<long?> KiotaPriceKiotaJson() => (await _kiotaPricesKiotaJson.Api.V1.Prices.PostAsync(_kiotaPriceRequest))!.Price!.Credits;

    /// <summary>Generated client, adapter over Kiota's default middleware: <c>POST /api/v1/prices</c>.</summary>
    /// <returns>The price in credits.</returns>
    [Benchmark(Description = "Kiota adapter + default middleware"), BenchmarkCategory(Price)]
    public async Task<long?> KiotaPriceWithMiddleware() => (await _kiotaPricesWithMiddleware.Api.V1.Prices.PostAsync(_kiotaPriceRequest))!.Price!.Credits;

    /// <summary>HttpClient + STJ source-gen: <c>POST /api/v1/prices</c>.</summary>
    /// <returns>The price in credits.</returns>
    [Benchmark(Baseline = true, Description = "HttpClient + STJ"), BenchmarkCategory(Price)]
    public async Task<long?> StjPrice() =>
        (await StjPost(_stjPrices, "prices", _stjPriceRequest, BaselineJsonContext.Default.OrderRequest, BaselineJsonContext.Default.PriceResponse)).Price!.Credits;

    /// <summary>Generated client, bare adapter: <c>POST /api/v2/opensearch</c>.</summary>
    /// <returns>The number of catalogue items read.</returns>
    [Benchmark(Description = "Kiota adapter"), BenchmarkCategory(OneAtlasSearch)]
    public async Task<int> KiotaOneAtlasSearch() => (await _kiotaSearches.Api.V2.Opensearch.PostAsync(_kiotaSearchOptions))!.Features!.Count;

    /// <summary>Generated client, bare adapter with Kiota's own JSON factories: <c>POST /api/v2/opensearch</c>.</summary>
    /// <returns>The number of catalogue items read.</returns>
    [Benchmark(Description = "Kiota adapter, Kiota JSON"), BenchmarkCategory(OneAtlasSearch)]
    public async Task<int> KiotaOneAtlasSearchKiotaJson() => (await _kiotaSearchesKiotaJson.Api.V2.Opensearch.PostAsync(_kiotaSearchOptions))!.Features!.Count;

    /// <summary>Generated client, adapter over Kiota's default middleware: <c>POST /api/v2/opensearch</c>.</summary>
    /// <returns>The number of catalogue items read.</returns>
    [Benchmark(Description = "Kiota adapter + default middleware"), BenchmarkCategory(OneAtlasSearch)]
    public async Task<int> KiotaOneAtlasSearchWithMiddleware() => (await _kiotaSearchesWithMiddleware.Api.V2.Opensearch.PostAsync(_kiotaSearchOptions))!.Features!.Count;

    /// <summary>HttpClient + STJ source-gen: <c>POST /api/v2/opensearch</c>.</summary>
    /// <returns>The number of catalogue items read.</returns>
    [Benchmark(Baseline = true, Description = "HttpClient + STJ"), BenchmarkCategory(OneAtlasSearch)]
    public async Task<int> StjOneAtlasSearch() =>
        (await StjPost(_stjSearches, string.Empty, _stjSearchOptions, BaselineJsonContext.Default.SearchOptions, BaselineJsonContext.Default.SearchResponse)).Features!.Count;

    /// <summary>Generated client, bare adapter: <c>POST /v0/stac/search</c>.</summary>
    /// <returns>The number of STAC items read.</returns>
    [Benchmark(Description = "Kiota adapter"), BenchmarkCategory(StacSearch)]
    public async Task<int> KiotaStacSearch() => (await _kiotaStac.V0.Stac.Search.PostAsync(_kiotaStacRequest))!.Features!.Count;

    /// <summary>Generated client, bare adapter with Kiota's own JSON factories: <c>POST /v0/stac/search</c>.</summary>
    /// <returns>The number of STAC items read.</returns>
    [Benchmark(Description = "Kiota adapter, Kiota JSON"), BenchmarkCategory(StacSearch)]
    public async Task<int> KiotaStacSearchKiotaJson() => (await _kiotaStacKiotaJson.V0.Stac.Search.PostAsync(_kiotaStacRequest))!.Features!.Count;

    /// <summary>Generated client, adapter over Kiota's default middleware: <c>POST /v0/stac/search</c>.</summary>
    /// <returns>The number of STAC items read.</returns>
    [Benchmark(Description = "Kiota adapter + default middleware"), BenchmarkCategory(StacSearch)]
    public async Task<int> KiotaStacSearchWithMiddleware() => (await _kiotaStacWithMiddleware.V0.Stac.Search.PostAsync(_kiotaStacRequest))!.Features!.Count;

    /// <summary>HttpClient + STJ source-gen: <c>POST /v0/stac/search</c>.</summary>
    /// <returns>The number of STAC items read.</returns>
    [Benchmark(Baseline = true, Description = "HttpClient + STJ"), BenchmarkCategory(StacSearch)]
    public async Task<int> StjStacSearch() =>
        (await StjPost(_stjStac, "search", _stjStacRequest, BaselineJsonContext.Default.StacSearchRequest, BaselineJsonContext.Default.StacItemCollection)).Features!.Count;

    private static async Task<TResponse> StjPost<TRequest, TResponse>(
        HttpClient client, string uri, TRequest body, JsonTypeInfo<TRequest> request, JsonTypeInfo<TResponse> response)
    {
        using var answer = await client.PostAsJsonAsync(uri, body, request);
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync(response))!;
    }

    private static async Task<T> ReadWithKiota<T>(byte[] json, ParsableFactory<T> factory)
        where T : IParsable
    {
        using var body = new MemoryStream(json, writable: false);
        var node = await new Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory().GetRootParseNodeAsync("application/json", body);
        return node.GetObjectValue(factory)!;
    }

    private static HttpClient StjClient(byte[] response, string baseAddress) =>
        new(new CannedResponseHandler(response)) { BaseAddress = new Uri(baseAddress) };

    private static HttpClientRequestAdapter BareAdapter(byte[] response) =>
        new(new AnonymousAuthenticationProvider(), httpClient: new HttpClient(new CannedResponseHandler(response)));

    private static HttpClientRequestAdapter MiddlewareAdapter(byte[] response) =>
        new(new AnonymousAuthenticationProvider(), httpClient: KiotaClientFactory.Create(new CannedResponseHandler(response)));

    private static HttpClientRequestAdapter KiotaJsonAdapter(byte[] response) =>
        new(
            new AnonymousAuthenticationProvider(), new Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory(), new Microsoft.Kiota.Serialization.Json.JsonSerializationWriterFactory(),
            new HttpClient(new CannedResponseHandler(response)));
}
