namespace ImageryContracts.Generators.Tests.TestHelpers;

/// <summary>The repository's specs (copied next to the tests) and the namespaces the client projects give them.</summary>
public static class SpecFiles
{
    /// <summary>The OneAtlas spec's path as the tests name it.</summary>
    public const string OneAtlasPath = "specs/oneatlas/oneatlas.yaml";

    /// <summary>The DataCosmos spec's path as the tests name it.</summary>
    public const string DataCosmosPath = "specs/datacosmos/datacosmos.yaml";

    /// <summary>The OneAtlas spec text.</summary>
    public static string OneAtlas => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, OneAtlasPath));

    /// <summary>The DataCosmos spec text.</summary>
    public static string DataCosmos => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, DataCosmosPath));

    /// <summary>The metadata of both specs as <c>src/ImageryContracts.*.csproj</c> declares it.</summary>
    public static IReadOnlyDictionary<string, (string Namespace, string ClientName)> Metadata { get; } =
        new Dictionary<string, (string, string)>
        {
            [OneAtlasPath] = ("ImageryContracts.OneAtlas", "OneAtlasClient"),
            [DataCosmosPath] = ("ImageryContracts.DataCosmos", "DataCosmosClient"),
            [TestSpecPath] = ("Test.Vendor", "TestClient"),
        };

    /// <summary>The path of a spec written by a test.</summary>
    public const string TestSpecPath = "specs/test/test.yaml";
}
