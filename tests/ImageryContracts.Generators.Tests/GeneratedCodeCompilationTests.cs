using ImageryContracts.Generators.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Generators.Tests;

/// <summary>The code generated from the real specs compiles cleanly against Core and the Kiota abstractions.</summary>
public sealed class GeneratedCodeCompilationTests
{
    [Fact]
    public void BothSpecsGenerateCodeThatCompilesWithoutWarnings()
    {
        var driver = GeneratorHarness.CreateDriver((SpecFiles.OneAtlasPath, SpecFiles.OneAtlas), (SpecFiles.DataCosmosPath, SpecFiles.DataCosmos));

        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.True(output.SyntaxTrees.Count() > 20, "expected the enums, CRS code, validators and spec info of both specs");
    }

    [Fact]
    public void GeneratedTypesLandInTheKiotaLayoutNamespaces()
    {
        var driver = GeneratorHarness.CreateDriver((SpecFiles.OneAtlasPath, SpecFiles.OneAtlas));

        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);

        Assert.NotNull(output.GetTypeByMetadataName("ImageryContracts.OneAtlas.Models.ProductType"));
        Assert.NotNull(output.GetTypeByMetadataName("ImageryContracts.OneAtlas.Models.ProductTypeExtensions"));
        Assert.NotNull(output.GetTypeByMetadataName("ImageryContracts.OneAtlas.Models.CrsCode"));
        Assert.NotNull(output.GetTypeByMetadataName("ImageryContracts.OneAtlas.Models.PolygonType"));
        Assert.NotNull(output.GetTypeByMetadataName("ImageryContracts.OneAtlas.Validation.OneAtlasValidator"));
        Assert.NotNull(output.GetTypeByMetadataName("ImageryContracts.OneAtlas.SpecInfo"));
    }
}
