using System.Net;
using System.Net.Http.Headers;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.Downloads;
using ImageryContracts.Testing.Tests.Support;

namespace ImageryContracts.Testing.Tests.DataCosmos;

/// <summary>The storage route behind the items' asset hrefs: only paid items' files, deterministic bytes, ranges on or off.</summary>
public sealed class DataCosmosAssetTests
{
    private static readonly DataCosmosCatalogueItem Item = DataCosmosCatalogueItem.Mantis;

    [Fact]
    public async Task An_asset_is_refused_until_its_item_is_paid_for_and_then_served_whole_and_by_range()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = await DataCosmosSearchTests.ConnectAsync(sim);
        var href = await HrefAsync(http, "TCI");
        var expected = Bytes(sim.AssetContent(Item.Collection, Item.Item, "TCI"));

        var unpaid = await http.Client.GetAsync(href);
        var order = (string)(await http.CreateOrderAsync(http.Order(DataCosmosHttp.Line(Item))))["id"]!;
        var stillUnpaid = await http.Client.GetAsync(href);
        await http.CheckoutAsync(order);
        var whole = await http.Client.GetAsync(href);
        using var ranged = new HttpRequestMessage(HttpMethod.Get, href) { Headers = { Range = new RangeHeaderValue(1000, null) } };
        var rest = await http.Client.SendAsync(ranged);

        Assert.Equal(HttpStatusCode.Forbidden, unpaid.StatusCode);
        Assert.Contains("has not bought", (string)(await SimulatorHttp.JsonAsync(unpaid))["errors"]![0]!["message"]!);
        Assert.Equal(HttpStatusCode.Forbidden, stillUnpaid.StatusCode);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(DataCosmosAsset.CloudOptimizedGeoTiff, whole.Content.Headers.ContentType!.ToString());
        Assert.Equal(expected, await whole.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.PartialContent, rest.StatusCode);
        Assert.Equal(expected[1000..], await rest.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Without_range_support_a_range_request_gets_the_whole_file()
    {
        await using var sim = await DataCosmosSimulator.StartAsync(new DataCosmosSimulatorOptions { AssetRangeSupport = false });
        using var http = await DataCosmosSearchTests.ConnectAsync(sim);
        await http.CheckoutAsync((string)(await http.CreateOrderAsync(http.Order(DataCosmosHttp.Line(Item))))["id"]!);
        using var ranged = new HttpRequestMessage(HttpMethod.Get, await HrefAsync(http, "B")) { Headers = { Range = new RangeHeaderValue(1000, null) } };

        var response = await http.Client.SendAsync(ranged);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Bytes(sim.AssetContent(Item.Collection, Item.Item, "B")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_path_that_is_no_asset_of_the_item_is_not_found()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = await DataCosmosSearchTests.ConnectAsync(sim);
        var href = await HrefAsync(http, "TCI");

        var otherFile = await http.Client.GetAsync(href.Replace("/TCI.tif", "/NOPE.tif", StringComparison.Ordinal));
        var otherDay = await http.Client.GetAsync(href.Replace("/2025/03/01/", "/2025/03/02/", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, otherFile.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherDay.StatusCode);
    }

    private static async Task<string> HrefAsync(DataCosmosHttp http, string key) =>
        (string)(await SimulatorHttp.JsonAsync(await http.GetAsync($"/v0/stac/collections/{Item.Collection}/items/{Item.Item}")))["assets"]![key]!["href"]!;

    private static byte[] Bytes(SimulatedContent content)
    {
        var bytes = new byte[content.Length];
        content.Fill(0, bytes);
        return bytes;
    }
}
