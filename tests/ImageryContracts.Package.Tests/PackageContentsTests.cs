using ImageryContracts.Package.Tests.Infrastructure;

namespace ImageryContracts.Package.Tests;

/// <summary>
/// What each package holds, file by file (nothing from tests, builds or loose PDBs), and the metadata every package
/// carries: license, README, SourceLink to the commit, and the dependencies that make the kit work for a consumer.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentsTests(PackedKit kit)
{
    /// <summary>The packages and their files, beside the zip's own bookkeeping.</summary>
    public static TheoryData<string, string[]> ExpectedFiles => new()
    {
        {
            "ImageryContracts.Generators",
            [
                "analyzers/dotnet/cs/ImageryContracts.Generators.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
                "buildTransitive/ImageryContracts.Generators.props",
                "buildTransitive/ImageryContracts.Generators.targets",
            ]
        },
        {
            "ImageryContracts.Analyzers",
            [
                "analyzers/dotnet/cs/ImageryContracts.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/ImageryContracts.Analyzers.dll",
            ]
        },
        { "ImageryContracts.Core", Library("ImageryContracts.Core") },
        { "ImageryContracts.OneAtlas", Library("ImageryContracts.OneAtlas") },
        { "ImageryContracts.DataCosmos", Library("ImageryContracts.DataCosmos") },
        { "ImageryContracts.Testing", Library("ImageryContracts.Testing") },
        { "ImageryContracts.Journal.Sqlite", Library("ImageryContracts.Journal.Sqlite") },
        { "ImageryContracts.Journal.PostgreSql", Library("ImageryContracts.Journal.PostgreSql") },
    };

    /// <summary>Every package id.</summary>
    public static TheoryData<string> PackageIds => new(ExpectedFiles.Select(row => (string)row[0]));

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void PackageHoldsExactlyItsFiles(string id, string[] files)
    {
        var package = new PackageFile(kit.PackagePath(id));

        var bookkeeping = new[] { "[Content_Types].xml", "_rels/.rels", $"{id}.nuspec", "README.md" };
        var expected = files.Concat(bookkeeping).Order(StringComparer.Ordinal);
        var actual = package.Entries.Where(entry => !entry.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void PackageCarriesLicenseReadmeAndTheCommitItWasBuiltFrom(string id)
    {
        var package = new PackageFile(kit.PackagePath(id));

        Assert.Equal(kit.Version, package.Value("version"));
        Assert.Equal("MIT", package.Value("license"));
        Assert.Equal("README.md", package.Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(package.Value("description")));
        var repository = package.Element("repository");
        Assert.NotNull(repository);
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.StartsWith("https://github.com/", (string?)repository.Attribute("url"), StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? string.Empty);
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void EveryOwnAssemblyEmbedsItsPdbWithSourceLinkToThatCommit(string id)
    {
        var package = new PackageFile(kit.PackagePath(id));
        var repository = package.Element("repository")!;
        var rawRoot = ((string)repository.Attribute("url")!).Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal);
        var expectedTarget = $"{rawRoot}/{(string)repository.Attribute("commit")!}/*";

        var assemblies = package.Entries.Where(e => e.EndsWith(".dll", StringComparison.Ordinal) && Path.GetFileName(e).StartsWith("ImageryContracts.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assemblies);
        Assert.All(assemblies, assembly =>
        {
            var sourceLink = package.EmbeddedSourceLink(assembly);
            Assert.True(sourceLink is not null, $"{assembly} has no embedded PDB with a SourceLink map.");
            Assert.Contains(expectedTarget, sourceLink, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("ImageryContracts.OneAtlas")]
    [InlineData("ImageryContracts.DataCosmos")]
    public void VendorPackageBringsTheAnalyzersAndNotTheGenerator(string id)
    {
        var package = new PackageFile(kit.PackagePath(id));

        var analyzers = package.Dependencies.Where(d => (string?)d.Attribute("id") == "ImageryContracts.Analyzers").ToList();
        Assert.Equal(2, analyzers.Count);
        Assert.All(analyzers, dependency =>
        {
            Assert.Equal(kit.Version, (string?)dependency.Attribute("version"));
            Assert.Equal("All", (string?)dependency.Attribute("include"));
            Assert.Null(dependency.Attribute("exclude"));
        });
        Assert.Contains(package.Dependencies, d => (string?)d.Attribute("id") == "ImageryContracts.Core");
        Assert.DoesNotContain(package.Dependencies, d => (string?)d.Attribute("id") == "ImageryContracts.Generators");
    }

    [Fact]
    public void GeneratorPackageIsADevelopmentDependencyWithNothingToRestore()
    {
        var package = new PackageFile(kit.PackagePath("ImageryContracts.Generators"));

        Assert.Equal("true", package.Value("developmentDependency"));
        Assert.Empty(package.Dependencies);
    }

    private static string[] Library(string assembly) =>
    [
        $"lib/net10.0/{assembly}.dll",
        $"lib/net10.0/{assembly}.xml",
        $"lib/net8.0/{assembly}.dll",
        $"lib/net8.0/{assembly}.xml",
    ];
}
