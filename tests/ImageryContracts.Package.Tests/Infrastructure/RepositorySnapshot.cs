namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>
/// A copy of the repository as its working tree stands (a clone of HEAD with the working tree's files laid over it),
/// so the pack and the builds of one run see one consistent state however the working tree moves meanwhile, and
/// nothing is written into it.
/// </summary>
public static class RepositorySnapshot
{
    /// <summary>Copies the repository at <see cref="RepositoryPaths.Root"/> into a new folder.</summary>
    /// <param name="destination">The folder to create; it must not exist.</param>
    public static void Create(string destination)
    {
        var root = RepositoryPaths.Root;
        Require(DotNetCli.Execute(root, "git", "clone", "--quiet", "--no-hardlinks", root, destination));

        // Tracked and new files as they are on disk; a tracked file deleted on disk is listed but has nothing to copy.
        foreach (var file in GitFiles(root, "--cached", "--others", "--exclude-standard").Where(f => File.Exists(Path.Combine(root, f))))
        {
            var target = Path.Combine(destination, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(root, file), target, overwrite: true);
        }

        foreach (var file in GitFiles(root, "--deleted"))
        {
            File.Delete(Path.Combine(destination, file));
        }
    }

    private static IEnumerable<string> GitFiles(string root, params string[] selection)
    {
        var listed = Require(DotNetCli.Execute(root, "git", ["ls-files", "-z", .. selection]));
        return listed.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct();
    }

    private static CommandResult Require(CommandResult result) =>
        result.Succeeded ? result : throw new InvalidOperationException(result.ToString());
}
