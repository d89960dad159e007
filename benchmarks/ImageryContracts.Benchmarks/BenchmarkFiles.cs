namespace ImageryContracts.Benchmarks;

/// <summary>The specs and vendor fixtures copied beside the benchmark assembly (see the project file).</summary>
internal static class BenchmarkFiles
{
    public static string OneAtlasSpec => Path.Combine(AppContext.BaseDirectory, "specs", "oneatlas", "oneatlas.yaml");

    public static string DataCosmosSpec => Path.Combine(AppContext.BaseDirectory, "specs", "datacosmos", "datacosmos.yaml");

    public static byte[] OneAtlasFixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "oneatlas", name));
}
