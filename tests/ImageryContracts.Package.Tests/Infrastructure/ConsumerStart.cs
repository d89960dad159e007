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
}
