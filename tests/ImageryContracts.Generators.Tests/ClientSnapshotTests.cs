using ImageryContracts.Generators.Tests.TestHelpers;

namespace ImageryContracts.Generators.Tests;

/// <summary>The generated Kiota-shaped client of both real specs, checked in as <c>Snapshots/ClientSnapshotTests.*.verified.cs</c>.</summary>
public sealed class ClientSnapshotTests
{
    [Fact]
    public void OneAtlas() =>
        SnapshotAssert.Matches(ClientSourcesOf(SpecFiles.OneAtlasPath, SpecFiles.OneAtlas), nameof(ClientSnapshotTests));

    [Fact]
    public void DataCosmos() =>
        SnapshotAssert.Matches(ClientSourcesOf(SpecFiles.DataCosmosPath, SpecFiles.DataCosmos), nameof(ClientSnapshotTests));

    private static IEnumerable<(string HintName, string Source)> ClientSourcesOf(string path, string content)
    {
        var result = GeneratorHarness.Run((path, content));
        Assert.Empty(result.Diagnostics);
        var clientFiles = ClientSources.HintNames(path, content);
        Assert.NotEmpty(clientFiles);
        return result.GeneratedSources.Where(s => clientFiles.Contains(s.HintName)).Select(s => (s.HintName, s.SourceText.ToString()));
    }
}
