using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.Tests.Support;

namespace ImageryContracts.Testing.Tests.DataCosmos;

/// <summary>
/// The simulator's STAC search: its filters against the whole catalogue read unfiltered, cursor paging to the end (the
/// cursor in the body and on the next href), prices under a contract, faults on a page, and the vendor's 500 for a bad
/// cursor.
/// </summary>
public sealed class DataCosmosSearchTests
{
    private const string Toulouse = """{"type":"Polygon","coordinates":[[[1.4089965820312502,43.59829500262717],[1.5078735351562496,43.59829500262717],[1.5078735351562496,43.63408731864001],[1.4089965820312502,43.63408731864001],[1.4089965820312502,43.59829500262717]]]}""";

    [Fact]
    public async Task Filters_on_area_time_cloud_level_and_platform_return_exactly_the_matching_items()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = await ConnectAsync(sim);
        var everything = await AllItemsAsync(http, "{}");

        var found = await AllItemsAsync(http, """
            {"intersects":AOI,"query":{
              "datetime":{"gte":"2024-01-01T00:00:00Z","lte":"2025-12-31T23:59:59.999Z"},
              "eo:cloud_cover":{"lte":40},
              "processing:level":{"in":["l1d","L1B"]},
              "platform":{"eq":"MANTIS"}}}
            """.Replace("AOI", Toulouse, StringComparison.Ordinal));

        var expected = everything.Where(item =>
                Overlaps(item, 1.409, 43.598, 1.508, 43.634)
                && Acquired(item) >= new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) && Acquired(item) < new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)
                && (double)item["properties"]!["eo:cloud_cover"]! <= 40
                && (string)item["properties"]!["processing:level"]! is "L1D" or "L1B"
                && (string)item["properties"]!["platform"]! == "mantis")
            .Select(Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found.Select(Id));
    }

    [Fact]
    public async Task Collections_ids_and_a_bbox_filter_and_a_get_joins_arrays_with_commas()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = await ConnectAsync(sim);
        var everything = await AllItemsAsync(http, "{}");
        var twoIds = everything.Where(item => (string)item["collection"]! == "hammer-l1c-cogs").Take(2).Select(Id).ToList();

        var byCollection = await AllItemsAsync(http, """{"collections":["menut-l1b-cogs","sentinel-s2-l2a-cogs"],"bbox":[-9.5,38.5,-8.8,39.0]}""");
        var byIds = await AllItemsAsync(http, $$"""{"ids":["{{twoIds[0]}}","{{twoIds[1]}}"]}""");
        var get = await http.GetAsync("/v0/stac/search?collections=menut-l1b-cogs,sentinel-s2-l2a-cogs&bbox=-9.5,38.5,-8.8,39.0&limit=10000");
        var byGet = await SimulatorHttp.JsonAsync(get);

        var expected = everything.Where(item => (string)item["collection"]! is "menut-l1b-cogs" or "sentinel-s2-l2a-cogs" && Overlaps(item, -9.5, 38.5, -8.8, 39.0)).Select(Id).ToList();
        Assert.NotEmpty(expected);
        Assert.True(get.IsSuccessStatusCode, byGet.ToJsonString());
        Assert.Equal(expected, byCollection.Select(Id));
        Assert.Equal(twoIds, byIds.Select(Id));
        Assert.Equal(expected, byGet["features"]!.AsArray().Select(item => Id(item!)));
    }

    [Fact]
    public async Task Paging_with_the_cursor_in_the_body_reaches_the_end_without_gaps_or_repeats()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = await ConnectAsync(sim);
        const string Filter = "\"query\":{\"eo:cloud_cover\":{\"lte\":60}}";
        var expected = (await AllItemsAsync(http, "{" + Filter + "}")).Select(Id).ToList();

        var pages = new List<JsonObject>();
        string? cursor = null;
        do
        {
            var response = await http.PostAsync("/v0/stac/search", cursor is null ? $$"""{"limit":37,{{Filter}}}""" : $$"""{"limit":37,"cursor":"{{cursor}}",{{Filter}}}""");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await SimulatorHttp.JsonAsync(response);
            pages.Add(page);
            cursor = NextCursor(page);
        }
        while (cursor is not null);

        Assert.True(pages.Count > 3, $"{pages.Count} pages");
        Assert.Equal(expected, pages.SelectMany(page => page["features"]!.AsArray()).Select(item => Id(item!)));
        Assert.All(pages, page => Assert.Equal(expected.Count, (long)page["context"]!["matched"]!));
        Assert.All(pages[..^1], page => Assert.Equal(37, (long)page["context"]!["returned"]!));
        Assert.Null(pages[^1]["links"]);
        Assert.Null(pages[^1]["next"]);
        Assert.Equal((string?)pages[0]["next"], (string?)pages[1]["prev"]);
    }

    [Fact]
    public async Task The_body_posted_again_to_the_next_href_gets_the_same_next_page()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = await ConnectAsync(sim);
        const string Body = """{"limit":5,"collections":["mantis-l1d-cogs"]}""";
        var first = await SimulatorHttp.JsonAsync(await http.PostAsync("/v0/stac/search", Body));
        var href = (string)first["links"]![0]!["href"]!;

        var viaHref = await SimulatorHttp.JsonAsync(await http.Client.PostAsync(href, new StringContent(Body, System.Text.Encoding.UTF8, "application/json")));
        var viaBody = await SimulatorHttp.JsonAsync(await http.PostAsync("/v0/stac/search", $$"""{"limit":5,"collections":["mantis-l1d-cogs"],"cursor":"{{NextCursor(first)}}"}"""));

        Assert.StartsWith(sim.BaseUrl + "/v0/stac/search?cursor=", href);
        Assert.Equal("next", (string)first["links"]![0]!["rel"]!);
        Assert.Equal(viaBody["features"]!.AsArray().Select(item => Id(item!)), viaHref["features"]!.AsArray().Select(item => Id(item!)));
        Assert.Empty(first["features"]!.AsArray().Select(item => Id(item!)).Intersect(viaBody["features"]!.AsArray().Select(item => Id(item!))));
    }

    [Theory]
    [InlineData(FaultKind.ServiceUnavailable, HttpStatusCode.ServiceUnavailable)]
    [InlineData(FaultKind.TooManyRequests, HttpStatusCode.TooManyRequests)]
    public async Task A_page_answered_with_a_fault_is_served_when_asked_again(FaultKind kind, HttpStatusCode status)
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = await ConnectAsync(sim);
        var first = await SimulatorHttp.JsonAsync(await http.PostAsync("/v0/stac/search", """{"limit":20}"""));
        var second = $$"""{"limit":20,"cursor":"{{NextCursor(first)}}"}""";
        var expected = (await SimulatorHttp.JsonAsync(await http.PostAsync("/v0/stac/search", second)))["features"]!.AsArray().Select(item => Id(item!)).ToList();
        sim.Faults.Next(1, "POST /v0/stac/search", new Fault(kind));

        var faulted = await http.PostAsync("/v0/stac/search", second);
        var served = await SimulatorHttp.JsonAsync(await http.PostAsync("/v0/stac/search", second));

        Assert.Equal(status, faulted.StatusCode);
        Assert.NotNull((await SimulatorHttp.JsonAsync(faulted))["errors"]![0]!["message"]);
        Assert.Equal(expected, served["features"]!.AsArray().Select(item => Id(item!)));
    }

    [Theory]
    [InlineData("L2A-30-T-TK-2023-5-4-0")]
    [InlineData("next:mantis-l1d-cogs:NO_SUCH_ITEM")]
    public async Task A_cursor_that_continues_no_search_fails_with_500_as_the_vendor_does(string cursor)
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = await ConnectAsync(sim);

        var response = await http.PostAsync("/v0/stac/search", $$"""{"cursor":"{{cursor}}"}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(cursor, (string)(await SimulatorHttp.JsonAsync(response))["errors"]![0]!["message"]!);
    }

    [Fact]
    public async Task A_contract_prices_every_item_at_its_area_times_the_rate_as_a_decimal_string()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = await ConnectAsync(sim);

        var priced = await SimulatorHttp.JsonAsync(await http.PostAsync("/v0/stac/search?contract_id=42", """{"limit":50}"""));
        var byProject = await SimulatorHttp.JsonAsync(await http.PostAsync("/v0/stac/search", """{"limit":50,"project":"7d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6"}"""));
        var unpriced = await SimulatorHttp.JsonAsync(await http.PostAsync("/v0/stac/search", """{"limit":50}"""));
        var unknown = await http.PostAsync("/v0/stac/search?contract_id=7", "{}");

        Assert.All(priced["features"]!.AsArray(), item =>
        {
            var area = (decimal)(double)item!["properties"]!["opencosmos:data_area_km2"]!;
            Assert.Equal(Math.Round(area * 2.50m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture), (string)item["properties"]!["opencosmos:price"]!);
            Assert.Equal("EUR", (string)item["properties"]!["opencosmos:price_currency"]!);
        });
        Assert.Equal(priced["features"]!.ToJsonString(), byProject["features"]!.ToJsonString());
        Assert.All(unpriced["features"]!.AsArray(), item => Assert.Null(item!["properties"]!["opencosmos:price"]));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("contract_id", (string)(await SimulatorHttp.JsonAsync(unknown))["errors"]![0]!["field"]!);
    }

    [Fact]
    public async Task The_seeded_catalogue_is_deterministic_and_its_size_is_configurable()
    {
        await using var tenThousand = await DataCosmosSimulator.StartAsync(new DataCosmosSimulatorOptions { SeededItems = 10_000 });
        await using var same = await DataCosmosSimulator.StartAsync(new DataCosmosSimulatorOptions { SeededItems = 10_000 });
        await using var other = await DataCosmosSimulator.StartAsync(new DataCosmosSimulatorOptions { SeededItems = 10_000, CatalogueSeed = 14 });
        using var first = await ConnectAsync(tenThousand);
        using var second = await ConnectAsync(same);
        using var third = await ConnectAsync(other);

        var page = await SimulatorHttp.JsonAsync(await first.PostAsync("/v0/stac/search", """{"limit":100}"""));
        var again = await SimulatorHttp.JsonAsync(await second.PostAsync("/v0/stac/search", """{"limit":100}"""));
        var reseeded = await SimulatorHttp.JsonAsync(await third.PostAsync("/v0/stac/search", """{"limit":100}"""));

        Assert.Equal(10_000 + DataCosmosCatalogueItem.Defaults.Count, (long)page["context"]!["matched"]!);
        Assert.Equal(page.ToJsonString(), again.ToJsonString().Replace(same.BaseUrl, tenThousand.BaseUrl, StringComparison.Ordinal));
        Assert.NotEqual(page["features"]!.AsArray().Select(item => Id(item!)), reseeded["features"]!.AsArray().Select(item => Id(item!)));
    }

    [Fact]
    public async Task The_default_catalogue_holds_hundreds_of_items_of_every_seeded_collection_over_toulouse_and_elsewhere()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = await ConnectAsync(sim);

        var everything = await AllItemsAsync(http, "{}");
        var overToulouse = everything.Where(item => Overlaps(item, 1.409, 43.598, 1.508, 43.634)).ToList();

        Assert.Equal(new DataCosmosSimulatorOptions().SeededItems + DataCosmosCatalogueItem.Defaults.Count, everything.Count);
        Assert.True(everything.Count >= 200, $"{everything.Count} items");
        Assert.Equal(DataCosmosCollection.Seeded.Select(collection => collection.Id).Order(), overToulouse
            .Select(item => (string)item["collection"]!).Where(id => DataCosmosCollection.Seeded.Any(c => c.Id == id)).Distinct().Order());
        Assert.True(everything.Count(item => !Overlaps(item, 1.0, 43.0, 2.0, 44.0)) > everything.Count / 2, "most items lie outside Toulouse");
    }

    [Fact]
    public async Task An_item_reads_as_the_search_returned_it_with_an_empty_href_where_it_has_no_file()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = await ConnectAsync(sim);
        var found = (await SimulatorHttp.JsonAsync(await http.PostAsync("/v0/stac/search", """{"limit":1,"collections":["menut-l1c-cogs"]}""")))["features"]![0]!;

        var read = await SimulatorHttp.JsonAsync(await http.GetAsync($"/v0/stac/collections/menut-l1c-cogs/items/{Id(found)}"));
        var unknown = await http.GetAsync("/v0/stac/collections/menut-l1c-cogs/items/NO_SUCH_ITEM");

        Assert.Equal(found.ToJsonString(), read.ToJsonString());
        Assert.Equal("", (string)read["assets"]!["overview"]!["href"]!);
        Assert.StartsWith($"{sim.BaseUrl}/v0/storage/catalog/menut-l1c-cogs/", (string)read["assets"]!["TCI"]!["href"]!);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    internal static async Task<DataCosmosHttp> ConnectAsync(DataCosmosSimulator sim)
    {
        var http = new DataCosmosHttp(sim);
        await http.AuthenticateAsync();
        return http;
    }

    private static async Task<List<JsonNode>> AllItemsAsync(DataCosmosHttp http, string body)
    {
        var request = JsonNode.Parse(body)!.AsObject();
        request["limit"] = 10_000;
        var response = await http.PostAsync("/v0/stac/search", request.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SimulatorHttp.JsonAsync(response);
        Assert.Null(page["links"]);
        return [.. page["features"]!.AsArray().Select(item => item!)];
    }

    private static string? NextCursor(JsonObject page) =>
        page["links"]?.AsArray().FirstOrDefault(link => (string)link!["rel"]! == "next") is { } next
            ? Uri.UnescapeDataString(new Uri((string)next["href"]!).Query.Split("cursor=")[1])
            : null;

    private static string Id(JsonNode item) => (string)item["id"]!;

    private static DateTimeOffset Acquired(JsonNode item) => DateTimeOffset.Parse((string)item["properties"]!["datetime"]!, CultureInfo.InvariantCulture);

    private static bool Overlaps(JsonNode item, double west, double south, double east, double north)
    {
        var bbox = item["bbox"]!.AsArray().Select(value => (double)value!).ToArray();
        return bbox[0] <= east && bbox[2] >= west && bbox[1] <= north && bbox[3] >= south;
    }
}
