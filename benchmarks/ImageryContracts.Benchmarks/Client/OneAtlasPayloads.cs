using System.Text.Json.Nodes;

namespace ImageryContracts.Benchmarks.Client;

/// <summary>The payloads both clients read and write, as UTF-8 JSON built from the seed's examples.</summary>
internal static class OneAtlasPayloads
{
    /// <summary>How many orders the order-list page holds.</summary>
    public const int OrdersPerPage = 100;

    /// <summary>An order-list page of <see cref="OrdersPerPage"/> copies of the seed's order, each with its own id.</summary>
    public static byte[] OrderList { get; } = BuildOrderList();

    /// <summary>The seed's price request (one product, a 31.73 km² AOI).</summary>
    public static byte[] PriceRequest { get; } = BenchmarkFiles.OneAtlasFixture("price-request.json");

    /// <summary>The seed's price response.</summary>
    public static byte[] PriceResponse { get; } = BenchmarkFiles.OneAtlasFixture("price-response.json");

    private static byte[] BuildOrderList()
    {
        var page = JsonNode.Parse(BenchmarkFiles.OneAtlasFixture("orders-list-response.json"))!.AsObject();
        var order = page["items"]!.AsArray().Single()!;
        var items = new JsonArray();
        for (var i = 0; i < OrdersPerPage; i++)
        {
            var copy = order.DeepClone();
            copy["id"] = Guid.CreateVersion7().ToString();
            items.Add(copy);
        }

        page["items"] = items;
        page["itemsPerPage"] = OrdersPerPage;
        return System.Text.Encoding.UTF8.GetBytes(page.ToJsonString());
    }
}
