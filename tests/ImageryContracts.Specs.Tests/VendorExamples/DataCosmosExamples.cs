namespace ImageryContracts.Specs.Tests.VendorExamples;

/// <summary>
/// The DataCosmos examples of <c>../shared/vendor-facts/examples/datacosmos/</c> (see <c>datacosmos-stac.md</c> §10): three
/// answers of <c>POST /v0/stac/search</c>, vendor test data of 2023, two of them consecutive pages.
/// </summary>
internal static class DataCosmosExamples
{
    public const string Vendor = "datacosmos";

    /// <summary>Where the build copies them beside the test assembly.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "vendor-examples", Vendor);

    public static SpecBody SearchPage { get; } = SpecBody.Response("post", "/v0/stac/search", "200");

    /// <summary>What each file is in the spec, by file name.</summary>
    public static IReadOnlyDictionary<string, SpecBody> Targets { get; } = new Dictionary<string, SpecBody>(StringComparer.Ordinal)
    {
        ["001_search_simple.results.json"] = SearchPage,
        ["002_search_pagination.page_1.json"] = SearchPage,
        ["002_search_pagination.page_2.json"] = SearchPage,
    };

    public static string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));
}
