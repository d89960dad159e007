namespace ImageryContracts.Specs.Tests.VendorExamples;

/// <summary>
/// The OneAtlas examples of <c>../shared/vendor-facts/examples/oneatlas/</c> (see <c>oneatlas-search-download.md</c> §11).
/// The v1 search request and response map to v2, which takes the same filter names and answers with the same envelope.
/// </summary>
internal static class OneAtlasExamples
{
    private const string Search = "/api/v2/opensearch";

    public static VendorExampleMapping Mapping { get; } = new("oneatlas", new Dictionary<string, VendorExampleTarget>
    {
        ["search-response-v1-get-bbox-sf-2020.capture-excerpt.json"] = new(SpecBody.Response("get", Search, "200")),
        ["search-request-v2-post-pneo.REF-example.json"] = new(SpecBody.Request("post", Search)),
        ["search-response-v2-post-pneo-album.REF-example.json"] = new(SpecBody.Response("post", Search, "200")),
        ["search-request-v1-post-public-lisbon.dkw-notebook.json"] = new(SpecBody.Request("post", Search)),
        ["opensearch-domains-response.REF-example.json"] = new(SpecBody.Response("get", Search + "/domains/{propertyName}", "200")),
        // The seed's delivered delivery, cut down to its links, ids and sensor: the product fields of datas are left out.
        ["order-delivery-delivered-links.vendor-doc-excerpt.json"] = new(SpecBody.Response("get", "/api/v1/deliveries/{deliveryId}", "200"), IsExcerpt: true),
    });
}
