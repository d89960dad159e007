namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>A consumer project as first made: its first build of every target framework and a run of its program.</summary>
/// <param name="Project">The project.</param>
/// <param name="Build">The first build (restore included).</param>
/// <param name="Run">The program run for net10.0 right after that build (later case builds replace the outputs).</param>
public sealed record ConsumerStart(ConsumerProject Project, CommandResult Build, CommandResult Run)
{
    /// <summary>Builds a fresh project, then runs it for net10.0 without building it again.</summary>
    /// <param name="project">The project, set up.</param>
    /// <returns>The project with its first build and run.</returns>
    public static ConsumerStart Of(ConsumerProject project)
    {
        var build = project.Build();
        return new ConsumerStart(project, build, project.Run("net10.0"));
    }

    /// <summary>Asserts that the first build made the program for each framework and that its run printed the text.</summary>
    /// <param name="frameworks">The target frameworks the build must have produced an assembly for.</param>
    /// <param name="printed">Text the run must have printed.</param>
    public void AssertBuiltAndRan(IEnumerable<string> frameworks, string printed)
    {
        Assert.True(Build.Succeeded, Build.ToString());
        var assembly = $"{Path.GetFileNameWithoutExtension(Project.ProjectFile)}.dll";
        Assert.All(frameworks, framework => Assert.Contains(Path.Combine("bin", "Debug", framework, assembly), Build.Output, StringComparison.Ordinal));
        Assert.True(Run.Succeeded, Run.ToString());
        Assert.Contains(printed, Run.Output, StringComparison.Ordinal);
    }
}
