namespace ImageryContracts.Benchmarks;

/// <summary>The specs, vendor fixtures and recorded vendor examples copied beside the benchmark assembly (see the project file).</summary>
internal static class BenchmarkFiles
{
    public static string OneAtlasSpec => Path.Combine(AppContext.BaseDirectory, "specs", "oneatlas", "oneatlas.yaml");

    public static string DataCosmosSpec => Path.Combine(AppContext.BaseDirectory, "specs", "datacosmos", "datacosmos.yaml");

    public static byte[] OneAtlasFixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "oneatlas", name));

    /// <summary>A recorded vendor payload from <c>../shared/vendor-facts/examples/</c>.</summary>
    /// <param name="vendor">The vendor's folder, <c>oneatlas</c> or <c>datacosmos</c>.</param>
    /// <param name="name">The file name.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] VendorExample(string vendor, string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "vendor-examples", vendor, name));
}
