using ImageryContracts.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ImageryContracts.Package.Tests;

/// <summary>
/// A build with nothing changed does nothing: NSwag (the simulators' contracts) is skipped and no project compiles,
/// so no generator runs and no source is emitted again. The times are printed, not asserted: they depend on the
/// machine; scripts/measure-incremental.sh measures a cold build against a no-change one.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class IncrementalBuildTests(PackedKit kit, ITestOutputHelper output)
{
    [Fact]
    public void SampleBuildWithNoChangeSkipsNSwagAndEveryCompilation()
    {
        var first = BuildSample();
        var second = BuildSample("-v:n");

        output.WriteLine($"sample build after the pack: {first.Duration.TotalSeconds:F1}s; again with no change: {second.Duration.TotalSeconds:F1}s");
        Assert.True(first.Succeeded, first.ToString());
        Assert.True(second.Succeeded, second.ToString());
        Assert.Contains("Skipping target \"GenerateSimulatorContracts\" because all output files are up-to-date", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("openapi2cscontroller", second.Output, StringComparison.Ordinal);
        var compileTargets = Count(second.Output, "CoreCompile:");
        Assert.True(compileTargets > 0, second.ToString());
        Assert.Equal(compileTargets, Count(second.Output, "Skipping target \"CoreCompile\" because all output files are up-to-date"));
    }

    private static int Count(string text, string value) => text.Split(value).Length - 1;

    // The pack's snapshot, build tree and properties, so the libraries it built are reused rather than rebuilt.
    private CommandResult BuildSample(params string[] arguments) => DotNetCli.Run(
        kit.Repository,
        [
            "build", Path.Combine(kit.Repository, "samples", "OrderWorkflow", "OrderWorkflow.csproj"),
            "-c", "Release", $"-p:VersionSuffix={kit.VersionSuffix}", "--artifacts-path", kit.ArtifactsPath,
            "-nologo", "-tl:off", "-nodeReuse:false", .. arguments,
        ]);
}
