using System.Text.Json.Nodes;

namespace ImageryContracts.Benchmarks.Client;

/// <summary>The DataCosmos payloads both clients read and write, as UTF-8 JSON built from the vendor's recorded STAC search.</summary>
internal static class DataCosmosPayloads
{
    /// <summary>How many items the STAC search page holds (what the vendor SDK asks for).</summary>
    public const int FeaturesPerPage = 50;

    /// <summary>
    /// A STAC search page of <see cref="FeaturesPerPage"/> copies of the recorded Sentinel-2 item (18 assets, three links,
    /// a five-point footprint, 16 properties of which 10 the spec does not list), each with its own id; <c>context</c>,
    /// <c>next</c> and the <c>rel=next</c> link name the page's size and last item as the recorded page does.
    /// </summary>
    public static byte[] SearchPage { get; } = BuildSearchPage();

    /// <summary>The body the vendor SDK posts for that page: the item's collection and bbox, a page size, a project, and <c>query</c> filters on level and cloud cover.</summary>
    public static byte[] SearchRequest { get; } = BuildSearchRequest();

    private static (JsonObject Page, JsonNode Item) RecordedPage()
    {
        var page = JsonNode.Parse(BenchmarkFiles.VendorExample("datacosmos", "002_search_pagination.page_1.json"))!.AsObject();
        return (page, page["features"]!.AsArray().Single()!);
    }

    private static byte[] BuildSearchPage()
    {
        var (page, item) = RecordedPage();
        var recordedId = (string)item["id"]!;
        page["features"] = PayloadCopies.Of(item, FeaturesPerPage, (copy, i) => copy["id"] = $"{recordedId}-{i}");
        var lastId = $"{recordedId}-{FeaturesPerPage - 1}";
        page["context"] = new JsonObject { ["limit"] = FeaturesPerPage, ["matched"] = page["context"]!["matched"]!.DeepClone(), ["returned"] = FeaturesPerPage };
        page["next"] = lastId;
        var next = page["links"]!.AsArray().Single(link => (string?)link!["rel"] == "next")!;
        next["href"] = ((string)next["href"]!).Replace(recordedId, lastId, StringComparison.Ordinal);
        return PayloadCopies.ToUtf8(page);
    }

    private static byte[] BuildSearchRequest()
    {
        var (_, item) = RecordedPage();
        return PayloadCopies.ToUtf8(new JsonObject
        {
            ["collections"] = new JsonArray((string)item["collection"]!),
            ["bbox"] = item["bbox"]!.DeepClone(),
            ["limit"] = FeaturesPerPage,
            ["project"] = "7d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6",
            ["query"] = new JsonObject
            {
                ["processing:level"] = new JsonObject { ["in"] = new JsonArray((string)item["properties"]!["processing:level"]!) },
                ["eo:cloud_cover"] = new JsonObject { ["lte"] = 30 },
            },
        });
    }
}
