using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.OneAtlas;
using ImageryContracts.Testing.Tests.Support;

namespace ImageryContracts.Testing.Tests.OneAtlas;

public sealed class OneAtlasSearchTests
{
    // The sample's Toulouse AOI as a box.
    private const string ToulouseBox = "1.4089965820312502,43.59829500262717,1.5078735351562496,43.63408731864001";

    [Fact]
    public async Task Paging_a_search_to_the_end_returns_every_match_once_and_nothing_after()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var seen = new List<string>();
        var total = -1;
        for (var page = 1; total < 0 || seen.Count < total; page++)
        {
            var body = await SearchAsync(http, $"workspace=public,public-pneo&bbox={ToulouseBox}&itemsPerPage=20&startPage={page}");
            total = (int)body["totalResults"]!;
            Assert.Equal((page - 1) * 20, (int)body["startIndex"]!);
            seen.AddRange(body["features"]!.AsArray().Select(feature => (string)feature!["properties"]!["id"]!));
        }

        var after = await SearchAsync(http, $"workspace=public,public-pneo&bbox={ToulouseBox}&itemsPerPage=20&startPage={(total / 20) + 2}");
        Assert.True(total > 60, $"only {total} images over Toulouse; the catalogue must be large enough to page");
        Assert.Equal(total, seen.Distinct().Count());
        Assert.Empty(after["features"]!.AsArray());
        Assert.Contains(OneAtlasCatalogueItem.ToulousePleiades.Id.ToString(), seen);
    }

    [Fact]
    public async Task Get_and_post_with_the_same_filters_return_the_same_page_whatever_the_form_of_the_values()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var get = await SearchAsync(http, $"workspace=public,public-pneo&bbox={ToulouseBox}&constellation=PHR,PNEO&cloudCover=[0,30]&acquisitionDate=[2015-01-01T00:00:00Z,2025-12-31T00:00:00Z]&sortBy=cloudCover,-acquisitionDate&itemsPerPage=100");
        var post = await OneAtlasHttp.JsonAsync(await http.PostAsync("/api/v2/opensearch", $$"""
            {"workspace":["public","public-pneo"],"geometry":{"type":"Polygon","coordinates":[[[1.4089965820312502,43.59829500262717],[1.5078735351562496,43.59829500262717],[1.5078735351562496,43.63408731864001],[1.4089965820312502,43.63408731864001],[1.4089965820312502,43.59829500262717]]]},
             "constellation":["PHR","PNEO"],"cloudCover":"[0,30]","acquisitionDate":{"startDate":"2015-01-01T00:00:00Z","endDate":"2025-12-31T00:00:00Z"},"sortBy":"cloudCover,-acquisitionDate","itemsPerPage":100}
            """));

        Assert.NotEmpty(Ids(get));
        Assert.Equal(Ids(get), Ids(post));
        var properties = get["features"]!.AsArray().Select(feature => feature!["properties"]!).ToList();
        Assert.All(properties, p => Assert.Contains((string)p!["constellation"]!, new[] { "PHR", "PNEO" }));
        Assert.All(properties, p => Assert.InRange((double)p!["cloudCover"]!, 0, 30));
        Assert.Equal(properties.Select(p => (double)p!["cloudCover"]!).Order(), properties.Select(p => (double)p!["cloudCover"]!));
    }

    [Fact]
    public async Task Pleiades_neo_images_are_in_public_pneo_and_sensor_items_send_processing_date_without_an_offset()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var pneo = await SearchAsync(http, "workspace=public&constellation=PNEO");
        var inItsWorkspace = await SearchAsync(http, "workspace=public-pneo&constellation=PNEO&processingLevel=SENSOR&itemsPerPage=5");

        Assert.Equal(0, (int)pneo["totalResults"]!);
        var feature = inItsWorkspace["features"]!.AsArray()[0]!;
        Assert.Equal("public-pneo", (string)feature["properties"]!["workspaceName"]!);
        Assert.Null(feature["id"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$", (string)feature["properties"]!["processingDate"]!);
        Assert.Equal(2, feature["_links"]!["imagesWms"]!.AsArray().Count);
        Assert.IsType<JsonObject>(feature["_links"]!["quicklook"]);
    }

    [Fact]
    public async Task Without_sort_by_the_configured_default_order_applies()
    {
        await using var sim = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { DefaultSortBy = "cloudCover" });
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var covers = (await SearchAsync(http, "workspace=public&itemsPerPage=200"))["features"]!.AsArray()
            .Select(feature => (double)feature!["properties"]!["cloudCover"]!).ToList();

        Assert.Equal(covers.Order(), covers);
    }

    [Fact]
    public async Task The_reference_misspelt_parent_identifier_finds_the_image_as_the_right_spelling_does()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var source = OneAtlasCatalogueItem.DenverPleiadesA.SourceId;

        var misspelt = await SearchAsync(http, "parentIdenfifier=" + source);
        var spelt = await SearchAsync(http, "parentIdentifier=" + source);

        Assert.Equal([OneAtlasCatalogueItem.DenverPleiadesA.Id.ToString()], Ids(misspelt));
        Assert.Equal(Ids(misspelt), Ids(spelt));
    }

    [Theory]
    [InlineData("cloudCover=lots", "cloudCover 'lots' is neither a number nor a range")]
    [InlineData("itemsPerPage=501", "itemsPerPage 501 is out of range; give a whole number from 1 to 500")]
    [InlineData("startPage=0", "startPage 0 is out of range")]
    [InlineData("sortBy=-price", "sortBy key 'price' is not one the simulator sorts on")]
    [InlineData("acquisitionDate=[2022-01-08T00:00:000Z,2022-01-25T23:59:59.999Z]", "acquisitionDate '[2022-01-08T00:00:000Z,2022-01-25T23:59:59.999Z]' is neither a date-time nor a range")]
    [InlineData("bbox=1,2,3", "bbox '1,2,3' is not minLon,minLat,maxLon,maxLat")]
    public async Task A_filter_that_cannot_be_read_is_refused_naming_its_value(string query, string message)
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var response = await http.GetAsync("/api/v2/opensearch?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, (string)(await OneAtlasHttp.JsonAsync(response))["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_page_answered_503_is_served_when_asked_again()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var fault = sim.Faults.Next(1, "POST /api/v2/opensearch", new Fault(FaultKind.ServiceUnavailable) { RetryAfter = TimeSpan.FromSeconds(2) });

        var first = await http.PostAsync("/api/v2/opensearch", """{"workspace":"public","startPage":2}""");
        var second = await http.PostAsync("/api/v2/opensearch", """{"workspace":"public","startPage":2}""");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal("2", first.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, fault.Triggered);
    }

    [Fact]
    public async Task A_search_without_a_token_is_refused()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v2/opensearch?workspace=public")).StatusCode);
    }

    [Fact]
    public async Task The_domain_of_a_property_lists_the_values_the_catalogue_holds()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var domain = await OneAtlasHttp.JsonAsync(await http.GetAsync("/api/v2/opensearch/domains/processingLevel"));

        Assert.Equal(["ALBUM", "SENSOR"], domain["processingLevel"]!.AsArray().Select(value => (string)value!));
    }

    private static async Task<JsonObject> SearchAsync(OneAtlasHttp http, string query)
    {
        var response = await http.GetAsync("/api/v2/opensearch?" + query);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await OneAtlasHttp.JsonAsync(response);
    }

    private static List<string> Ids(JsonObject page) =>
        page["features"]!.AsArray().Select(feature => (string)feature!["properties"]!["id"]!).ToList();
}
