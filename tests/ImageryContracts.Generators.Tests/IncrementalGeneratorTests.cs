using ImageryContracts.Generators.Model;
using ImageryContracts.Generators.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImageryContracts.Generators.Tests;

/// <summary>
/// The generator's caching: an unrelated C# edit reuses every step and emits nothing; a spec edit re-emits that spec's
/// files only; a YAML line shift re-reports diagnostics without re-emitting sources; no step output holds Roslyn or
/// YamlDotNet objects.
/// </summary>
public sealed class IncrementalGeneratorTests
{
    private static readonly (string Path, string Content)[] BothSpecs =
        [(SpecFiles.OneAtlasPath, SpecFiles.OneAtlas), (SpecFiles.DataCosmosPath, SpecFiles.DataCosmos)];

    [Fact]
    public void UnrelatedCSharpEditReusesEveryStepAndEmitsNothing()
    {
        var compilation = GeneratorHarness.Compilation("public class Consumer { }");
        var driver = GeneratorHarness.CreateDriver(BothSpecs).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Unrelated { public int X; }", GeneratorHarness.ParseOptions));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var (step, reasons) in StepReasons.OfTrackedSteps(second))
        {
            Assert.NotEmpty(reasons);
            Assert.True(reasons.All(StepReasons.IsReused), $"{step}: {string.Join(", ", reasons)}");
        }

        var outputs = StepReasons.OfOutputs<ApiSpec>(second);
        Assert.Equal(2, outputs.Select(o => o.Input.Namespace).Distinct().Count());
        Assert.All(outputs, output => Assert.All(output.Reasons, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason)));
        Assert.Equal(Texts(first), Texts(second));
    }

    [Fact]
    public void EditingOneSpecReemitsOnlyThatSpecsFiles()
    {
        var oneAtlas = new InMemoryAdditionalText(SpecFiles.OneAtlasPath, SpecFiles.OneAtlas);
        var driver = GeneratorHarness.CreateDriver(oneAtlas, new InMemoryAdditionalText(SpecFiles.DataCosmosPath, SpecFiles.DataCosmos))
            .RunGenerators(GeneratorHarness.Compilation());
        var original = driver.GetRunResult().Results.Single();
        Assert.Empty(original.Diagnostics);
        var before = Texts(original);

        var withPng = SpecFiles.OneAtlas.Replace("enum: [image/jp2, image/geotiff]", "enum: [image/jp2, image/geotiff, image/png]", StringComparison.Ordinal)
            .Replace("x-enum-varnames: [Jp2, GeoTiff]", "x-enum-varnames: [Jp2, GeoTiff, Png]", StringComparison.Ordinal)
            .Replace("        - GeoTIFF.\n", "        - GeoTIFF.\n        - PNG.\n", StringComparison.Ordinal);
        Assert.NotEqual(SpecFiles.OneAtlas, withPng);
        var edited = driver
            .ReplaceAdditionalText(oneAtlas, new InMemoryAdditionalText(SpecFiles.OneAtlasPath, withPng))
            .RunGenerators(GeneratorHarness.Compilation())
            .GetRunResult().Results.Single();

        Assert.Empty(edited.Diagnostics);
        var outputs = StepReasons.OfOutputs<ApiSpec>(edited);
        Assert.All(outputs.Where(o => o.Input.Namespace == "ImageryContracts.DataCosmos"), o => Assert.All(o.Reasons, r => Assert.True(StepReasons.IsReused(r), r.ToString())));
        Assert.Contains(outputs, o => o.Input.Namespace == "ImageryContracts.OneAtlas" && o.Reasons.Contains(IncrementalStepRunReason.Modified));

        var after = Texts(edited);
        var changed = after.Where(file => !before.TryGetValue(file.Key, out var text) || text != file.Value).Select(file => file.Key).ToList();
        Assert.Equal(["ImageryContracts.OneAtlas.Models.ImageFormat.g.cs", "ImageryContracts.OneAtlas.Models.ImageFormatJson.g.cs", "ImageryContracts.OneAtlas.SpecInfo.g.cs"], changed.Order());
        Assert.Contains("[global::System.Runtime.Serialization.EnumMember(Value = \"image/png\")]", after["ImageryContracts.OneAtlas.Models.ImageFormat.g.cs"], StringComparison.Ordinal);
        Assert.Contains("reader.ValueTextEquals(\"image/png\"u8)", after["ImageryContracts.OneAtlas.Models.ImageFormatJson.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void ShiftingYamlLinesReReportsDiagnosticsWithoutReemittingSources()
    {
        var broken = SpecFiles.OneAtlas.Replace("bundle-fs: [PNEO]", "bundle-fs: [PNEO, WV3]", StringComparison.Ordinal);
        var spec = new InMemoryAdditionalText(SpecFiles.OneAtlasPath, broken);
        var driver = GeneratorHarness.CreateDriver(spec).RunGenerators(GeneratorHarness.Compilation());
        var first = driver.GetRunResult().Results.Single();
        var line = Assert.Single(first.Diagnostics).Location.GetLineSpan().StartLinePosition.Line;

        var shifted = "# a comment line moves every node down by one\n" + broken;
        var second = driver
            .ReplaceAdditionalText(spec, new InMemoryAdditionalText(SpecFiles.OneAtlasPath, shifted))
            .RunGenerators(GeneratorHarness.Compilation())
            .GetRunResult().Results.Single();

        Assert.Equal(line + 1, Assert.Single(second.Diagnostics).Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal([IncrementalStepRunReason.Modified], StepReasons.OfTrackedSteps(second)[TrackingNames.SpecDiagnostics]);
        Assert.Equal([IncrementalStepRunReason.Unchanged], StepReasons.OfTrackedSteps(second)[TrackingNames.SpecModels]);
        Assert.All(StepReasons.OfOutputs<ApiSpec>(second), o => Assert.All(o.Reasons, r => Assert.Equal(IncrementalStepRunReason.Cached, r)));
        Assert.Equal(Texts(first), Texts(second));
    }

    [Fact]
    public void NoStepOutputHoldsRoslynOrYamlDotNetObjects()
    {
        var broken = SpecFiles.DataCosmos + "\nx-broken: [unclosed\n";
        var result = GeneratorHarness.CreateDriver([.. BothSpecs, (SpecFiles.TestSpecPath, broken)])
            .RunGenerators(GeneratorHarness.Compilation())
            .GetRunResult().Results.Single();

        var outputs = StepReasons.TrackedStepNames.SelectMany(name => result.TrackedSteps[name]).SelectMany(step => step.Outputs).Select(o => o.Value).ToList();
        Assert.Contains(outputs, o => o is Result<ApiSpec> { Value: null });
        Assert.Contains(outputs, o => o is ApiSpec);
        Assert.Empty(outputs.SelectMany(ObjectGraph.BannedTypesIn));
        Assert.NotEmpty(ObjectGraph.BannedTypesIn(new object[] { GeneratorHarness.Compilation() }));
    }

    private static Dictionary<string, string> Texts(GeneratorRunResult result) =>
        result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
}
