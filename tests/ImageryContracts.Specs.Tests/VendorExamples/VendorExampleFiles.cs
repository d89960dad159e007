namespace ImageryContracts.Specs.Tests.VendorExamples;

/// <summary>
/// The recorded examples of <c>../shared/vendor-facts/examples/</c> (beside the repository), copied beside the test
/// assembly by the project file: every <c>*.json</c> of every vendor folder, so a new example is picked up by the next
/// build. Each vendor's mapping lives in its own class; <see cref="Mappings"/> lists them.
/// </summary>
internal static class VendorExampleFiles
{
    public static IReadOnlyList<VendorExampleMapping> Mappings { get; } = [OneAtlasExamples.Mapping, DataCosmosExamples.Mapping];

    public static string Root => Path.Combine(AppContext.BaseDirectory, "vendor-examples");

    /// <summary>The vendor folders found, by name.</summary>
    public static IEnumerable<string> Vendors() =>
        Directory.Exists(Root) ? Directory.EnumerateDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)! : [];

    /// <summary>The JSON files of one vendor folder, by file name.</summary>
    public static IEnumerable<string> FilesOf(string vendor) =>
        Directory.EnumerateFiles(Path.Combine(Root, vendor), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static string Read(string vendor, string file) => File.ReadAllText(Path.Combine(Root, vendor, file));

    public static VendorExampleMapping? MappingOf(string vendor) => Mappings.FirstOrDefault(m => m.Vendor == vendor);
}
