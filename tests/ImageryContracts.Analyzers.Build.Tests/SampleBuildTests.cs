using ImageryContracts.Analyzers.Build.Tests.Infrastructure;
using ImageryContracts.Package.Tests.Infrastructure;

namespace ImageryContracts.Analyzers.Build.Tests;

/// <summary>
/// The sample is analyzed in its own build: samples/OrderWorkflow, built by the SDK with the analyzers it references,
/// plus one more file, a copy of its OneAtlas orders whose AOI, written exactly as the sample writes it (nested
/// collection expressions), is the vendor's 0.0019 km² product-list example instead of the 31.7 km² Toulouse AOI.
/// </summary>
public sealed class SampleBuildTests
{
    private const string SampleOrders = "samples/OrderWorkflow/Vendors/OneAtlas/OneAtlasSampleOrders.cs";

    private static readonly string[] ToulouseRing =
    [
        "[1.4089965820312502, 43.59829500262717]",
        "[1.4089965820312502, 43.63408731864001]",
        "[1.5078735351562496, 43.63408731864001]",
        "[1.5078735351562496, 43.59829500262717]",
        "[1.4089965820312502, 43.59829500262717]",
    ];

    private static readonly string[] DenverRing =
    [
        "[-104.775823, 39.790956]",
        "[-104.776331, 39.790956]",
        "[-104.776331, 39.791346]",
        "[-104.775823, 39.791346]",
        "[-104.775823, 39.790956]",
    ];

    [Fact]
    public void An_AOI_under_the_minimum_written_as_the_sample_writes_its_AOIs_is_IMG1004_in_the_samples_build()
    {
        var sample = File.ReadAllText(RepositoryPaths.Combine(SampleOrders.Split('/')));
        var tooSmall = sample.Replace("class OneAtlasSampleOrders", "class TooSmallSampleOrders", StringComparison.Ordinal);
        for (var index = 0; index < ToulouseRing.Length; index++)
        {
            Assert.Contains(ToulouseRing[index], sample, StringComparison.Ordinal);
            tooSmall = tooSmall.Replace(ToulouseRing[index], DenverRing[index], StringComparison.Ordinal);
        }

        using var folder = new ScratchFolder();
        var sampleProject = RepositoryPaths.Combine("samples", "OrderWorkflow", "OrderWorkflow.csproj");
        var extraFile = folder.Write("TooSmallSampleOrders.cs", tooSmall);

        // Imported by every project the build evaluates, so it acts on the sample alone: one more file, and outputs in
        // the scratch folder, so the repository's own build is left as it was. The sample's references are already built.
        var sampleOnly = $"Condition=\"'$(MSBuildProjectFullPath)' == '{sampleProject}'\"";
        var extraTargets = folder.Write("SampleWithOneMoreFile.targets", $"""
            <Project>
              <PropertyGroup {sampleOnly}>
                <OutDir>{Path.Combine(folder.Path, "bin")}/</OutDir>
                <IntermediateOutputPath>{Path.Combine(folder.Path, "obj")}/</IntermediateOutputPath>
              </PropertyGroup>
              <ItemGroup {sampleOnly}>
                <Compile Include="{extraFile}" />
              </ItemGroup>
            </Project>
            """);

        var build = DotNetCli.Run(
            folder.Path,
            "build", sampleProject, "--no-restore", "-nologo", "-tl:off", "-nodeReuse:false",
            "-p:BuildProjectReferences=false", $"-p:CustomBeforeMicrosoftCommonTargets={extraTargets}");

        var imagery = build.Diagnostics.Where(d => d.Id.StartsWith("IMG", StringComparison.Ordinal)).ToList();
        Assert.True(imagery.Count == 1, build.ToString());
        var diagnostic = imagery[0];
        Assert.Equal("IMG1004", diagnostic.Id);
        Assert.Equal(extraFile, diagnostic.File);
        // On the coordinates: the collection expression after "Coordinates =".
        Assert.Equal(LineOfCoordinates(tooSmall), diagnostic.Line);
        Assert.Contains("covers 0.0019 km², under the vendor's minimum of 0.1 km²", diagnostic.Message, StringComparison.Ordinal);
    }

    private static int LineOfCoordinates(string source)
    {
        var value = source.IndexOf('[', source.IndexOf("Coordinates =", StringComparison.Ordinal));
        return source[..value].Count(c => c == '\n') + 1;
    }
}
