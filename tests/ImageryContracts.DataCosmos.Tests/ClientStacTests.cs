using ImageryContracts.ClientTestKit;
using ImageryContracts.DataCosmos.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>
/// The generated client's STAC part: the recorded search answers (<c>../shared/vendor-facts/examples/datacosmos/</c>)
/// read into the models and write back to the same JSON, assets arrive as a typed map, and the search, item and asset
/// requests are built as the spec says.
/// </summary>
public sealed class ClientStacTests
{
    private const string DataApi = "https://app.open-cosmos.com/api/data";
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples", "datacosmos");

    private readonly HttpClientRequestAdapter _adapter = AnonymousAdapter.Create();
    private readonly DataCosmosClient _client;

    public ClientStacTests() => _client = new DataCosmosClient(_adapter);

    public static TheoryData<string> RecordedExamples => [.. Directory.EnumerateFiles(Examples, "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RecordedExamples))]
    public async Task A_recorded_search_page_reads_and_writes_back_to_the_same_json(string example)
    {
        var json = Example(example);

        var page = await KiotaJson.ParseAsync(json, StacItemCollection.CreateFromDiscriminatorValue);

        JsonAssert.Equivalent(json, KiotaJson.Serialize(page));
    }

    [Fact]
    public async Task A_recorded_item_reads_into_typed_properties_assets_and_the_next_link()
    {
        var page = await KiotaJson.ParseAsync(Example("002_search_pagination.page_1.json"), StacItemCollection.CreateFromDiscriminatorValue);

        var item = Assert.Single(page.Features!);
        Assert.Equal("L2A-30-T-TK-2023-5-4-0", item.Id);
        Assert.Equal("sentinel-s2-l2a-cogs", item.Collection);
        Assert.Equal("L2A", item.Properties!.ProcessingLevel);
        Assert.Equal("sentinel-2a", item.Properties.Platform);
        Assert.Equal(23.629072, item.Properties.EoCloudCover);
        Assert.Equal(10.027247025229604, item.Properties.ViewIncidenceAngle);
        Assert.Equal(new DateTimeOffset(2023, 5, 4, 11, 30, 7, 578, TimeSpan.Zero), item.Properties.Datetime);
        Assert.Null(item.Properties.OpencosmosPrice);
        Assert.Equal("Satellite", Assert.IsType<string>(item.Properties.AdditionalData["opencosmos:product_type"]));
        Assert.Equal(-6.545463701459793, item.Bbox![0]);
        Assert.Equal("Polygon", item.Geometry!.Type);
        Assert.Equal(19, item.Assets!.Count);
        Assert.Equal(["visual", "data"], item.Assets["visual"].Roles);
        Assert.Equal(60, item.Assets["B01"].Gsd);
        Assert.EndsWith("/B01_COG.tiff", item.Assets["B01"].Href);
        Assert.Equal(937433, page.Context!.Matched);
        var next = Assert.Single(page.Links!);
        Assert.Equal("next", next.Rel);
        Assert.Equal("https://app.open-cosmos.com/api/data/v0/stac/search?cursor=L2A-30-T-TK-2023-5-4-0", next.Href);
        Assert.Null(next.Method);
        Assert.Equal("L2A-30-T-TK-2023-5-4-0", page.Next);
    }

    [Fact]
    public async Task A_price_and_lenient_vendor_fields_read_without_losing_a_value()
    {
        const string Json = """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"A","collection":"mantis-l1d-cogs",
              "geometry":{"type":"Polygon","coordinates":[[[1,2],[3,2],[3,4],[1,2]]]},
              "properties":{"opencosmos:price":"1655.18","opencosmos:price_currency":"EUR","opencosmos:qa:rejected":"true",
                "opencosmos:session_id":42,"eo:cloud_cover":"12"},
              "assets":{"TCI":{"href":""}}}]}
            """;

        var page = await KiotaJson.ParseAsync(Json, StacItemCollection.CreateFromDiscriminatorValue);

        var properties = page.Features![0].Properties!;
        Assert.Equal(1655.18m, properties.OpencosmosPrice);
        Assert.Equal("EUR", properties.OpencosmosPriceCurrency);
        Assert.Equal("true", properties.AdditionalData["opencosmos:qa:rejected"]);
        Assert.Null(properties.EoCloudCover);
        Assert.Equal("12", Assert.IsType<UntypedString>(properties.AdditionalData["eo:cloud_cover"]).GetValue());
        Assert.Equal("", page.Features[0].Assets!["TCI"].Href);
        JsonAssert.Equivalent(Json, KiotaJson.Serialize(page));
    }

    [Fact]
    public void A_search_posts_the_body_with_its_query_map_and_the_contract_in_the_query()
    {
        var body = new StacSearchRequest
        {
            Collections = ["mantis-l1d-cogs"],
            Limit = 50,
            Cursor = "next:mantis-l1d-cogs:A",
            Query = new()
            {
                ["eo:cloud_cover"] = new StacQueryFilter { Lte = new UntypedDouble(20) },
                ["processing:level"] = new StacQueryFilter { In = [new UntypedString("L1D")] },
            },
        };

        var request = _client.V0.Stac.Search.ToPostRequestInformation(body, config => config.QueryParameters.ContractId = 42);

        RequestAssert.Matches(request, Method.POST, DataApi + "/v0/stac/search?contract_id=42", "application/json",
            """{"collections":["mantis-l1d-cogs"],"limit":50,"cursor":"next:mantis-l1d-cogs:A","query":{"eo:cloud_cover":{"lte":20},"processing:level":{"in":["L1D"]}}}""");
    }

    [Fact]
    public void A_get_search_joins_its_arrays_with_commas()
    {
        var request = _client.V0.Stac.Search.ToGetRequestInformation(config =>
        {
            config.QueryParameters.Collections = ["mantis-l1d-cogs", "menut-l1b-cogs"];
            config.QueryParameters.Bbox = [1.35, 43.55, 1.5, 43.65];
            config.QueryParameters.Limit = 100;
        });

        Assert.Equal(DataApi + "/v0/stac/search?bbox=1.35,43.55,1.5,43.65&collections=mantis-l1d-cogs,menut-l1b-cogs&limit=100", Uri.UnescapeDataString(request.URI.ToString()));
    }

    [Fact]
    public void An_item_is_read_by_collection_and_id()
    {
        var request = _client.V0.Stac.Collections["mantis-l1d-cogs"].Items["MANTIS_L1D_20250301T101500_0042"].ToGetRequestInformation();

        RequestAssert.Matches(request, Method.GET, DataApi + "/v0/stac/collections/mantis-l1d-cogs/items/MANTIS_L1D_20250301T101500_0042");
    }

    [Fact]
    public void An_asset_download_asks_for_the_file_first_and_json_for_errors()
    {
        var request = _client.V0.Storage.Catalog["mantis-l1d-cogs"]["2025"]["03"]["01"]["MANTIS_L1D_20250301T101500_0042"]["TCI.tif"].ToGetRequestInformation();

        Assert.Equal(DataApi + "/v0/storage/catalog/mantis-l1d-cogs/2025/03/01/MANTIS_L1D_20250301T101500_0042/TCI.tif", request.URI.ToString());
        Assert.Equal(["application/octet-stream, application/json"], request.Headers["Accept"]);
    }

    private static string Example(string name) => File.ReadAllText(Path.Combine(Examples, name));
}
