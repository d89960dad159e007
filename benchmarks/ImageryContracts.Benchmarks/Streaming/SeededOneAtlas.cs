using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ImageryContracts.OneAtlas;
using ImageryContracts.OneAtlas.Ordering;
using ImageryContracts.Testing.OneAtlas;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace ImageryContracts.Benchmarks.Streaming;

/// <summary>
/// A OneAtlas simulator holding <see cref="Orders"/> orders placed through its API, and the ordering facade over a
/// generated client signed in to it. Every listing measurement runs against the same state, so only the number of
/// orders listed differs.
/// </summary>
internal sealed class SeededOneAtlas : IAsyncDisposable
{
    /// <summary>How many orders the simulator holds.</summary>
    public const int Orders = 10_000;

    /// <summary>Orders per page the facade requests: its default, named so the probe can sample once per page.</summary>
    public const int PageSize = 50;

    private const int ConcurrentPlacements = 4;

    private static readonly string OrderBody =
        $$$"""{"kind":"order.data.product","products":[{"productType":"bundle","radiometricProcessing":"REFLECTANCE","imageFormat":"image/jp2","crsCode":"urn:ogc:def:crs:EPSG::4326","id":"{{{OneAtlasCatalogueItem.ToulousePleiades.Id}}}","aoi":{"type":"Polygon","coordinates":[[[1.4089965820312502,43.59829500262717],[1.4089965820312502,43.63408731864001],[1.5078735351562496,43.63408731864001],[1.5078735351562496,43.59829500262717],[1.4089965820312502,43.59829500262717]]]}}]}""";

    private readonly OneAtlasSimulator _simulator;
    private readonly HttpClient _http;

    private SeededOneAtlas(OneAtlasSimulator simulator, HttpClient http)
    {
        _simulator = simulator;
        _http = http;
        var client = new OneAtlasClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = simulator.BaseUrl.TrimEnd('/') });
        Ordering = new OneAtlasOrdering(client, new OneAtlasOptions { ListPageSize = PageSize });
    }

    /// <summary>The ordering facade over the generated client, its bearer token set on the HTTP client.</summary>
    public OneAtlasOrdering Ordering { get; }

    /// <summary>Starts the simulator with an account whose balance covers every order, and places the orders.</summary>
    /// <returns>The seeded simulator.</returns>
    public static async Task<SeededOneAtlas> StartAsync()
    {
        var account = OneAtlasAccount.Default with { Balance = long.MaxValue / 2 };
        var simulator = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { Accounts = [account], DeliverAfterPolls = null });
        var http = new HttpClient { BaseAddress = new Uri(simulator.BaseUrl) };
        using var tokenResponse = await http.PostAsync(simulator.TokenUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["apikey"] = simulator.ApiKey,
            ["grant_type"] = "api_key",
            ["client_id"] = "IDP",
        }));
        var token = (await tokenResponse.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await Parallel.ForAsync(0, Orders, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentPlacements }, async (_, cancellationToken) =>
        {
            using var created = await http.PostAsync(
                new Uri(simulator.BaseUrl.TrimEnd('/') + "/api/v1/orders"), new StringContent(OrderBody, Encoding.UTF8, "application/json"), cancellationToken);
            if (created.StatusCode != System.Net.HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"Seeding order failed with {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync(cancellationToken)}");
            }
        });

        return new SeededOneAtlas(simulator, http);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }
}
