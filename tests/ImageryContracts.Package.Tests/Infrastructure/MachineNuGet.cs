namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>What this machine's NuGet configuration says, asked of the CLI rather than assumed.</summary>
public static class MachineNuGet
{
    /// <summary>The package sources enabled for a folder outside the repository (the machine's normal sources).</summary>
    /// <param name="directory">A folder with no nuget.config of its own.</param>
    /// <returns>The enabled source URLs or paths.</returns>
    public static IReadOnlyList<string> EnabledSources(string directory)
    {
        var result = DotNetCli.Run(directory, "nuget", "list", "source", "--format", "short");
        Assert.True(result.Succeeded, result.ToString());
        var sources = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .ToList();
        Assert.True(sources.Count > 0, $"This machine has no enabled NuGet source:{Environment.NewLine}{result}");
        return sources;
    }

    /// <summary>The global packages folder restores extract into.</summary>
    /// <param name="directory">A folder with no nuget.config of its own.</param>
    /// <returns>The folder's path.</returns>
    public static string GlobalPackagesFolder(string directory)
    {
        var result = DotNetCli.Run(directory, "nuget", "locals", "global-packages", "--list");
        Assert.True(result.Succeeded, result.ToString());
        const string Prefix = "global-packages:";
        var line = result.Output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        return line[Prefix.Length..].Trim();
    }
}
