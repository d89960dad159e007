using System.Text.Json;

namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>The package ids a solution promises: every project in it that MSBuild evaluates as packable.</summary>
public static class SolutionPackages
{
    /// <summary>Asks the CLI for the solution's projects and MSBuild for each one's <c>IsPackable</c> and <c>PackageId</c>.</summary>
    /// <param name="solution">The solution file.</param>
    /// <returns>The package ids, sorted.</returns>
    public static IReadOnlyList<string> Packable(string solution)
    {
        var directory = Path.GetDirectoryName(solution)!;
        var listed = DotNetCli.Run(directory, "sln", solution, "list");
        Assert.True(listed.Succeeded, listed.ToString());
        var projects = listed.Output.Split('\n', StringSplitOptions.TrimEntries)
            .Where(line => line.EndsWith(".csproj", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(projects);

        return projects
            .AsParallel()
            .Select(project => Evaluate(directory, project))
            .Where(properties => properties.GetProperty("IsPackable").GetString() == "true")
            .Select(properties => properties.GetProperty("PackageId").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static JsonElement Evaluate(string directory, string project)
    {
        var evaluated = DotNetCli.Run(directory, "msbuild", project, "-getProperty:IsPackable", "-getProperty:PackageId");
        Assert.True(evaluated.Succeeded, evaluated.ToString());
        return JsonDocument.Parse(evaluated.Output).RootElement.GetProperty("Properties").Clone();
    }
}
