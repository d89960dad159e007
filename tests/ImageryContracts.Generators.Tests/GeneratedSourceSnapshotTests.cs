using ImageryContracts.Generators.Tests.TestHelpers;

namespace ImageryContracts.Generators.Tests;

/// <summary>The generated sources of both real specs, checked in as <c>Snapshots/*.verified.cs</c>.</summary>
public sealed class GeneratedSourceSnapshotTests
{
    [Fact]
    public void OneAtlas() =>
        SnapshotAssert.Matches(SourcesOf(SpecFiles.OneAtlasPath, SpecFiles.OneAtlas), nameof(GeneratedSourceSnapshotTests));

    [Fact]
    public void DataCosmos() =>
        SnapshotAssert.Matches(SourcesOf(SpecFiles.DataCosmosPath, SpecFiles.DataCosmos), nameof(GeneratedSourceSnapshotTests));

    private static IEnumerable<(string HintName, string Source)> SourcesOf(string path, string content)
    {
        var result = GeneratorHarness.Run((path, content));
        Assert.Empty(result.Diagnostics);
        var clientFiles = ClientSources.HintNames(path, content);
        return result.GeneratedSources.Where(s => !clientFiles.Contains(s.HintName)).Select(s => (s.HintName, s.SourceText.ToString()));
    }
}
