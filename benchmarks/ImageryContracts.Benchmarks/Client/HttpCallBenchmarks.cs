using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImageryContracts.Benchmarks.Client.Baseline;
using ImageryContracts.OneAtlas;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Kiota = ImageryContracts.OneAtlas.Models;

namespace ImageryContracts.Benchmarks.Client;

/// <summary>
/// One full call against an in-memory handler: the generated client through <see cref="HttpClientRequestAdapter"/>
/// (bare with the JSON factories the root client registers, the kit's; bare with Kiota's own JSON factories; and with
/// Kiota's default middleware as <c>KiotaClientFactory</c> builds it) vs <see cref="HttpClient"/> with System.Text.Json's
/// source-generated baseline. Listing returns the 100-order page; pricing sends the seed's price request and reads its
/// response.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class HttpCallBenchmarks
{
    private const string DataApi = "https://data.api.oneatlas.airbus.com/api/v1/";
    private const string ListOrders = "GET orders (100)";
    private const string Price = "POST prices";

    private OneAtlasClient _kiotaLists = null!;
    private OneAtlasClient _kiotaListsKiotaJson = null!;
    private OneAtlasClient _kiotaListsWithMiddleware = null!;
    private OneAtlasClient _kiotaPrices = null!;
    private OneAtlasClient _kiotaPricesKiotaJson = null!;
    private OneAtlasClient _kiotaPricesWithMiddleware = null!;
    private HttpClient _stjLists = null!;
    private HttpClient _stjPrices = null!;
    private Kiota.OrderRequest _kiotaPriceRequest = null!;
    private OrderRequest _stjPriceRequest = null!;

    /// <summary>Builds the clients over canned responses and reads the price request once for each side.</summary>
    [GlobalSetup]
    public async Task Setup()
    {
        _kiotaLists = KiotaClient(new HttpClient(new CannedResponseHandler(OneAtlasPayloads.OrderList)));
        _kiotaListsKiotaJson = KiotaJsonClient(new HttpClient(new CannedResponseHandler(OneAtlasPayloads.OrderList)));
        _kiotaPricesKiotaJson = KiotaJsonClient(new HttpClient(new CannedResponseHandler(OneAtlasPayloads.PriceResponse)));
        _kiotaListsWithMiddleware = KiotaClient(KiotaClientFactory.Create(new CannedResponseHandler(OneAtlasPayloads.OrderList)));
        _kiotaPrices = KiotaClient(new HttpClient(new CannedResponseHandler(OneAtlasPayloads.PriceResponse)));
        _kiotaPricesWithMiddleware = KiotaClient(KiotaClientFactory.Create(new CannedResponseHandler(OneAtlasPayloads.PriceResponse)));
        _stjLists = new HttpClient(new CannedResponseHandler(OneAtlasPayloads.OrderList)) { BaseAddress = new Uri(DataApi) };
        _stjPrices = new HttpClient(new CannedResponseHandler(OneAtlasPayloads.PriceResponse)) { BaseAddress = new Uri(DataApi) };

        using var request = new MemoryStream(OneAtlasPayloads.PriceRequest, writable: false);
        var node = await new Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory().GetRootParseNodeAsync("application/json", request);
        _kiotaPriceRequest = node.GetObjectValue(Kiota.OrderRequest.CreateFromDiscriminatorValue)!;
        _stjPriceRequest = System.Text.Json.JsonSerializer.Deserialize(OneAtlasPayloads.PriceRequest, BaselineJsonContext.Default.OrderRequest)!;

        if (await KiotaListOrders() != OneAtlasPayloads.OrdersPerPage || await KiotaListOrdersKiotaJson() != OneAtlasPayloads.OrdersPerPage
            || await StjListOrders() != OneAtlasPayloads.OrdersPerPage || await KiotaPrice() != await StjPrice() || await KiotaPriceKiotaJson() != await StjPrice())
        {
            throw new InvalidOperationException($"A client did not read the {OneAtlasPayloads.OrdersPerPage}-order page; the benchmark would compare different work.");
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
    public async Task<long?> StjPrice()
    {
        using var response = await _stjPrices.PostAsJsonAsync("prices", _stjPriceRequest, BaselineJsonContext.Default.OrderRequest);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BaselineJsonContext.Default.PriceResponse))!.Price!.Credits;
    }

    private static OneAtlasClient KiotaClient(HttpClient httpClient) =>
        new(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: httpClient));

    private static OneAtlasClient KiotaJsonClient(HttpClient httpClient) =>
        new(new HttpClientRequestAdapter(
            new AnonymousAuthenticationProvider(), new Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory(), new Microsoft.Kiota.Serialization.Json.JsonSerializationWriterFactory(), httpClient));
}
