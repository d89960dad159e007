namespace ImageryContracts.Specs.Tests.VendorExamples;

/// <summary>
/// The DataCosmos examples of <c>../shared/vendor-facts/examples/datacosmos/</c> (see <c>datacosmos-stac.md</c> §10): three
/// answers of <c>POST /v0/stac/search</c>, vendor test data of 2023, two of them consecutive pages.
/// </summary>
internal static class DataCosmosExamples
{
    public static SpecBody SearchPage { get; } = SpecBody.Response("post", "/v0/stac/search", "200");

    public static VendorExampleMapping Mapping { get; } = new("datacosmos", new Dictionary<string, VendorExampleTarget>
    {
        ["001_search_simple.results.json"] = new(SearchPage),
        ["002_search_pagination.page_1.json"] = new(SearchPage),
        ["002_search_pagination.page_2.json"] = new(SearchPage),
    });
}
