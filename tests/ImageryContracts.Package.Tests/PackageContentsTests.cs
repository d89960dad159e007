using ImageryContracts.Package.Tests.Infrastructure;

namespace ImageryContracts.Package.Tests;

/// <summary>
/// That one <c>dotnet pack</c> of the solution packs every packable project, with nothing of ours in the cache; what
/// each package holds, file by file (nothing from tests, builds or loose PDBs); and the metadata every package carries:
/// license, README, SourceLink to the commit, and the dependencies that make the kit work for a consumer.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentsTests(PackedKit kit)
{
    /// <summary>The packages that are not plain libraries, and their files beside the zip's own bookkeeping.</summary>
    private static readonly Dictionary<string, string[]> CompilerPackageFiles = new()
    {
        ["ImageryContracts.Generators"] =
        [
            "analyzers/dotnet/cs/ImageryContracts.Generators.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            "buildTransitive/ImageryContracts.Generators.props",
            "buildTransitive/ImageryContracts.Generators.targets",
        ],
        ["ImageryContracts.Analyzers"] =
        [
            "analyzers/dotnet/cs/ImageryContracts.Analyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/ImageryContracts.Analyzers.dll",
        ],
    };

    [Fact]
    public void OnePackOfTheSolutionPacksEveryPackableProjectAndNothingElse()
    {
        Assert.Equal(SolutionPackages.Packable(Path.Combine(kit.Repository, "ImageryContracts.sln")), kit.PackageIds);
        Assert.Subset(
            kit.PackageIds.ToHashSet(),
            new HashSet<string>(["ImageryContracts.Generators", "ImageryContracts.Analyzers", "ImageryContracts.Core", "ImageryContracts.OneAtlas", "ImageryContracts.DataCosmos", "ImageryContracts.Testing"]));
    }

    [Fact]
    public void ThePackNeededNoPackageOfOursInTheCacheOrTheFeed()
    {
        Assert.Empty(kit.Cache.KitPackagesExtracted);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(kit.Cache.FallbackFolder), entry => Path.GetFileName(entry).StartsWith("imagerycontracts.", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("NU1101", kit.Pack.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPackageHoldsExactlyItsFiles()
    {
        Assert.All(kit.PackageIds, id =>
        {
            var package = new PackageFile(kit.PackagePath(id));
            var files = CompilerPackageFiles.TryGetValue(id, out var compilerFiles) ? compilerFiles : Library(id);

            var bookkeeping = new[] { "[Content_Types].xml", "_rels/.rels", $"{id}.nuspec", "README.md" };
            var expected = files.Concat(bookkeeping).Order(StringComparer.Ordinal);
            var actual = package.Entries.Where(entry => !entry.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal));
            Assert.Equal(expected, actual);
        });
    }

    [Fact]
    public void EveryPackageCarriesLicenseReadmeAndTheCommitItWasBuiltFrom()
    {
        Assert.All(kit.PackageIds, id =>
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
        });
    }

    [Fact]
    public void EveryOwnAssemblyEmbedsItsPdbWithSourceLinkToThatCommit()
    {
        Assert.All(kit.PackageIds, id =>
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
        });
    }

    [Fact]
    public void EveryDependencyOnAnotherPackageOfTheKitIsOnThisVersion()
    {
        Assert.All(kit.PackageIds, id =>
        {
            var ownDependencies = new PackageFile(kit.PackagePath(id)).Dependencies
                .Where(dependency => ((string?)dependency.Attribute("id"))?.StartsWith("ImageryContracts.", StringComparison.Ordinal) == true);
            Assert.All(ownDependencies, dependency =>
            {
                Assert.Contains((string?)dependency.Attribute("id"), kit.PackageIds);
                Assert.Equal(kit.Version, (string?)dependency.Attribute("version"));
            });
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
