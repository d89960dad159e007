namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>
/// The kit packed once for every test of the collection, the way a .NET developer packs a repository:
/// <c>dotnet pack ImageryContracts.sln</c>, one step, in a snapshot of the repository (<see cref="RepositorySnapshot"/>),
/// into a temporary local feed, with a version no earlier run used (<c>0.1.0-pkgtest.…</c>) and a package cache that
/// holds no package of ours (<see cref="PackageCacheWithoutKit"/>), as on a machine that never packed the kit. Everything
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

        var machinePackages = MachineNuGet.GlobalPackagesFolder(WorkRoot);
        Cache = PackageCacheWithoutKit.Create(Path.Combine(WorkRoot, "cache"), machinePackages);
        Pack = DotNetCli.Execute(
            Repository,
            Cache.Environment,
            "dotnet",
            "pack", Path.Combine(Repository, "ImageryContracts.sln"), "-c", "Release", "-nologo", "-tl:off",
            $"-p:VersionSuffix={VersionSuffix}", $"-p:PackageOutputPath={Feed}/", "--artifacts-path", ArtifactsPath);
        if (!Pack.Succeeded)
        {
            DeleteDirectory(WorkRoot);
            throw new InvalidOperationException($"dotnet pack ImageryContracts.sln failed:{Environment.NewLine}{Pack}");
        }

        const string Probe = "ImageryContracts.Core.";
        var core = Directory.GetFiles(Feed, $"{Probe}*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(core)[Probe.Length..];
        PackageIds = Directory.GetFiles(Feed, "*.nupkg")
            .Select(path => Path.GetFileName(path)[..^$".{Version}.nupkg".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
        MachineSources = MachineNuGet.EnabledSources(WorkRoot);
        GlobalPackagesFolder = machinePackages;
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

    /// <summary>The package cache the pack restored through, empty of the kit's packages before it ran.</summary>
    public PackageCacheWithoutKit Cache { get; }

    /// <summary>The id of every package the pack wrote, sorted.</summary>
    public IReadOnlyList<string> PackageIds { get; }

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
