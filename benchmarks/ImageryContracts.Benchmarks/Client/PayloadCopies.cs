using System.Text.Json.Nodes;

namespace ImageryContracts.Benchmarks.Client;

/// <summary>Builds a full page from one recorded item: copies of it, each with its own id, so no reader can share work between them.</summary>
internal static class PayloadCopies
{
    /// <summary>Deep copies of one item.</summary>
    /// <param name="item">The recorded item.</param>
    /// <param name="count">How many copies.</param>
    /// <param name="giveOwnId">Sets the copy's id from its index.</param>
    /// <returns>The copies, as a JSON array.</returns>
    public static JsonArray Of(JsonNode item, int count, Action<JsonNode, int> giveOwnId)
    {
        var copies = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var copy = item.DeepClone();
            giveOwnId(copy, i);
            copies.Add(copy);
        }

        return copies;
    }

    /// <summary>The page as UTF-8 JSON, as a server sends it (no indentation).</summary>
    /// <param name="page">The page.</param>
    /// <returns>The bytes.</returns>
    public static byte[] ToUtf8(JsonNode page) => System.Text.Encoding.UTF8.GetBytes(page.ToJsonString());
}
