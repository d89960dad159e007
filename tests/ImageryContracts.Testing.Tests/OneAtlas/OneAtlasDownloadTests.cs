using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ImageryContracts.Testing.OneAtlas;
using ImageryContracts.Testing.Tests.Support;

namespace ImageryContracts.Testing.Tests.OneAtlas;

public sealed class OneAtlasDownloadTests
{
    private const long Size = 300_000;

    [Fact]
    public async Task A_delivered_product_is_a_new_catalogue_item_of_the_account_whose_download_link_serves_its_bytes_and_md5()
    {
        await using var sim = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { DownloadSize = Size, DeliverAfterPolls = 1 });
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var delivery = await DeliveredAsync(http);
        var href = (string)delivery["_links"]!["download"]!["href"]!;
        var itemId = href.Split('/')[^2];
        var response = await http.Client.GetAsync(href);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.NotEqual(OneAtlasCatalogueItem.ToulousePleiades.Id.ToString(), itemId);
        Assert.Equal($"{sim.BaseUrl}/api/v2/opensearch?id={itemId}", (string)delivery["_links"]!["catalogItem"]!["href"]!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Size, bytes.Length);
        Assert.Equal("md5", Header(response, "X-Ads-Checksum-Method"));
        Assert.Equal(Convert.ToHexString(MD5.HashData(bytes)).ToLowerInvariant(), Header(response, "X-Ads-Checksum-Value"));
        Assert.Equal(bytes, await (await http.Client.GetAsync(href)).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_delivered_item_is_found_in_the_account_workspace_with_a_download_link_by_name_and_type()
    {
        await using var sim = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { DownloadSize = Size, DeliverAfterPolls = 1 });
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var itemId = ((string)(await DeliveredAsync(http))["_links"]!["download"]!["href"]!).Split('/')[^2];

        var page = await OneAtlasHttp.JsonAsync(await http.GetAsync($"/api/v2/opensearch?workspace={OneAtlasAccount.Default.Workspace.Name}"));
        var publicPage = await OneAtlasHttp.JsonAsync(await http.GetAsync($"/api/v2/opensearch?workspace=public&id={itemId}"));

        var feature = Assert.Single(page["features"]!.AsArray())!;
        Assert.Equal(itemId, (string)feature["properties"]!["id"]!);
        Assert.Equal(OneAtlasAccount.Default.Workspace.Id.ToString(), (string)feature["properties"]!["workspaceId"]!);
        var links = feature["_links"]!["download"]!.AsArray();
        var http_ = Assert.Single(links, link => (string)link!["name"]! == "download" && string.Equals((string)link["type"]!, "http", StringComparison.OrdinalIgnoreCase))!;
        Assert.Equal($"{sim.BaseUrl}/api/v1/items/{itemId}/download", (string)http_["href"]!);
        Assert.Equal(0, (int)publicPage["totalResults"]!);
    }

    [Fact]
    public async Task Head_answers_the_checksum_headers_and_the_length_without_a_body()
    {
        await using var sim = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { DownloadSize = Size, DeliverAfterPolls = 1 });
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var href = (string)(await DeliveredAsync(http))["_links"]!["download"]!["href"]!;

        var head = await http.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, href));
        var get = await http.Client.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(Size, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(Header(get, "X-Ads-Checksum-Value"), Header(head, "X-Ads-Checksum-Value"));
        Assert.Equal("md5", Header(head, "X-Ads-Checksum-Method"));
    }

    [Theory]
    [InlineData(true, HttpStatusCode.PartialContent, Size - 1000)]
    [InlineData(false, HttpStatusCode.OK, Size)]
    public async Task A_range_is_honoured_only_when_the_simulator_is_told_to(bool ranges, HttpStatusCode status, long length)
    {
        await using var sim = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { DownloadSize = Size, DeliverAfterPolls = 1, DownloadSupportsRanges = ranges });
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var href = (string)(await DeliveredAsync(http))["_links"]!["download"]!["href"]!;
        var whole = await (await http.Client.GetAsync(href)).Content.ReadAsByteArrayAsync();

        var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.Range = new RangeHeaderValue(1000, null);
        var response = await http.Client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(length, body.Length);
        Assert.Equal(whole[(int)(Size - length)..], body);
    }

    [Fact]
    public async Task A_living_library_image_is_refused_for_lack_of_the_download_right_and_an_unknown_one_is_not_found()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var library = await http.GetAsync($"/api/v1/items/{OneAtlasCatalogueItem.ToulousePleiades.Id}/download");
        var unknown = await http.GetAsync($"/api/v1/items/{Guid.NewGuid()}/download");

        Assert.Equal(HttpStatusCode.Forbidden, library.StatusCode);
        Assert.Contains("without the download right", (string)(await OneAtlasHttp.JsonAsync(library))["message"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<JsonNode> DeliveredAsync(OneAtlasHttp http)
    {
        var order = await http.CreateOrderAsync(OneAtlasHttp.Request(OneAtlasHttp.Product(OneAtlasCatalogueItem.ToulousePleiades)));
        var delivered = await OneAtlasHttp.JsonAsync(await http.GetAsync($"/api/v1/orders/{order["id"]}"));
        Assert.Equal("delivered", (string)delivered["status"]!);
        return delivered["deliveries"]![0]!;
    }

    private static string Header(HttpResponseMessage response, string name) => Assert.Single(response.Headers.GetValues(name));
}
