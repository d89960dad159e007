using System.Text.Json.Nodes;

namespace ImageryContracts.Benchmarks.Client;

/// <summary>The OneAtlas payloads both clients read and write, as UTF-8 JSON built from the seed's and the vendor's examples.</summary>
internal static class OneAtlasPayloads
{
    /// <summary>How many orders the order-list page holds.</summary>
    public const int OrdersPerPage = 100;

    /// <summary>How many catalogue items the search page holds (the API's default page size).</summary>
    public const int FeaturesPerPage = 50;

    /// <summary>An order-list page of <see cref="OrdersPerPage"/> copies of the seed's order, each with its own id.</summary>
    public static byte[] OrderList { get; } = BuildOrderList();

    /// <summary>The seed's price request (one product, a 31.73 km² AOI).</summary>
    public static byte[] PriceRequest { get; } = BenchmarkFiles.OneAtlasFixture("price-request.json");

    /// <summary>The seed's price response.</summary>
    public static byte[] PriceResponse { get; } = BenchmarkFiles.OneAtlasFixture("price-response.json");

    /// <summary>The vendor reference's <c>POST /api/v2/opensearch</c> body (Pléiades Neo, a polygon, dates and ranges).</summary>
    public static byte[] SearchRequest { get; } = BenchmarkFiles.VendorExample("oneatlas", "search-request-v2-post-pneo.REF-example.json");

    /// <summary>
    /// A search page of <see cref="FeaturesPerPage"/> copies of the vendor reference's Pléiades Neo album item (twelve
    /// <c>_links</c>, a nine-point footprint, 39 properties, <c>rights</c>, and <c>dataAccess</c>, which the spec does not
    /// list), each with its own <c>properties.id</c>.
    /// </summary>
    public static byte[] SearchResponse { get; } = BuildSearchResponse();

    private static byte[] BuildOrderList()
    {
        var page = JsonNode.Parse(BenchmarkFiles.OneAtlasFixture("orders-list-response.json"))!.AsObject();
        var order = page["items"]!.AsArray().Single()!;
        page["items"] = PayloadCopies.Of(order, OrdersPerPage, (copy, _) => copy["id"] = Guid.CreateVersion7().ToString());
        page["itemsPerPage"] = OrdersPerPage;
        return PayloadCopies.ToUtf8(page);
    }

    private static byte[] BuildSearchResponse()
    {
        var page = JsonNode.Parse(BenchmarkFiles.VendorExample("oneatlas", "search-response-v2-post-pneo-album.REF-example.json"))!.AsObject();
        var item = page["features"]!.AsArray().Single()!;
        page["features"] = PayloadCopies.Of(item, FeaturesPerPage, (copy, _) => copy["properties"]!["id"] = Guid.CreateVersion7().ToString());
        page["itemsPerPage"] = FeaturesPerPage;
        page["totalResults"] = FeaturesPerPage;
        return PayloadCopies.ToUtf8(page);
    }
}
