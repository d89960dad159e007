namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>
/// The kit packed once for every test of the collection: <c>scripts/pack.sh</c>, run in a snapshot of the
/// repository (<see cref="RepositorySnapshot"/>), into a temporary local feed, with a
/// version no earlier run used (<c>0.1.0-pkgtest.…</c>), so no NuGet cache can serve a stale package. Everything
/// lives in one temporary folder outside the repository, removed at the end with the extracted packages.
/// </summary>
public sealed class PackedKit : IDisposable
{
    /// <summary>Packs the kit.</summary>
    public PackedKit()
    {
        VersionSuffix = $"pkgtest.t{Guid.NewGuid():N}";
        WorkRoot = Path.Combine(Path.GetTempPath(), $"imagery-package-tests-{Guid.NewGuid():N}");
        Repository = Path.Combine(WorkRoot, "repository");
        Feed = Path.Combine(WorkRoot, "feed");
        ArtifactsPath = Path.Combine(WorkRoot, "artifacts");
        Directory.CreateDirectory(Feed);
        RepositorySnapshot.Create(Repository);

        Pack = DotNetCli.Execute(
            Repository,
            Path.Combine(Repository, "scripts", "pack.sh"),
            "--output", Feed, "--version-suffix", VersionSuffix, "--artifacts-path", ArtifactsPath);
        if (!Pack.Succeeded)
        {
            DeleteDirectory(WorkRoot);
            throw new InvalidOperationException($"scripts/pack.sh failed:{Environment.NewLine}{Pack}");
        }

        const string Probe = "ImageryContracts.Core.";
        var core = Directory.GetFiles(Feed, $"{Probe}*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(core)[Probe.Length..];
        MachineSources = MachineNuGet.EnabledSources(WorkRoot);
        GlobalPackagesFolder = MachineNuGet.GlobalPackagesFolder(WorkRoot);
    }

    /// <summary>The prerelease label of this run's packages.</summary>
    public string VersionSuffix { get; }

    /// <summary>The version of every package of this run.</summary>
    public string Version { get; }

    /// <summary>The snapshot of the repository the packages were built from.</summary>
    public string Repository { get; }

    /// <summary>The temporary folder holding the snapshot, the feed, the build tree and the consumers.</summary>
    public string WorkRoot { get; }

    /// <summary>The local feed the packages were written to.</summary>
    public string Feed { get; }

    /// <summary>The separate build tree the pack used (its bin and obj), so the working tree's outputs stay untouched.</summary>
    public string ArtifactsPath { get; }

    /// <summary>The pack's own run, for its log and duration.</summary>
    public CommandResult Pack { get; }

    /// <summary>The machine's normal package sources, which consumers use beside the local feed.</summary>
    public IReadOnlyList<string> MachineSources { get; }

    /// <summary>Where restores extract packages; this run's are removed from it at the end.</summary>
    public string GlobalPackagesFolder { get; }

    /// <summary>The path of one package of this run.</summary>
    /// <param name="id">The package id.</param>
    /// <returns>The .nupkg path.</returns>
    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>Creates a fresh console project (<c>dotnet new console</c>) that restores from the feed and the machine's sources.</summary>
    /// <param name="name">The project name, also its folder under <see cref="WorkRoot"/>.</param>
    /// <returns>The project, not yet restored.</returns>
    public ConsumerProject CreateConsumer(string name) =>
        ConsumerProject.Create(Path.Combine(WorkRoot, name), name, [Feed, .. MachineSources]);

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var package in Directory.Exists(Feed) ? Directory.GetFiles(Feed, "*.nupkg") : [])
        {
            var id = Path.Combine(GlobalPackagesFolder, Path.GetFileName(package)[..^$".{Version}.nupkg".Length].ToLowerInvariant());
            DeleteDirectory(Path.Combine(id, Version.ToLowerInvariant()));
            if (Directory.Exists(id) && !Directory.EnumerateFileSystemEntries(id).Any())
            {
                Directory.Delete(id);
            }
        }

        DeleteDirectory(WorkRoot);
    }

    private static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
