namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>
/// A package cache that has every package this machine has already extracted except the kit's own: an empty global
/// packages folder for the restore to write into, over a read-only fallback folder of links to the machine's packages
/// minus every <c>imagerycontracts.*</c> id. A restore in it finds no package of ours however earlier runs left the
/// machine, yet downloads nothing that the machine already holds.
/// </summary>
public sealed class PackageCacheWithoutKit
{
    private const string KitPrefix = "imagerycontracts.";

    private PackageCacheWithoutKit(string globalPackagesFolder, string fallbackFolder)
    {
        GlobalPackagesFolder = globalPackagesFolder;
        FallbackFolder = fallbackFolder;
    }

    /// <summary>The empty folder restores extract into (<c>NUGET_PACKAGES</c>).</summary>
    public string GlobalPackagesFolder { get; }

    /// <summary>The links to the machine's packages, the kit's left out.</summary>
    public string FallbackFolder { get; }

    /// <summary>The environment and the MSBuild property that make a <c>dotnet</c> command restore through this cache.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = GlobalPackagesFolder,
        ["RestoreAdditionalProjectFallbackFolders"] = FallbackFolder,
    };

    /// <summary>The kit's package ids the restores extracted into <see cref="GlobalPackagesFolder"/>.</summary>
    public IReadOnlyList<string> KitPackagesExtracted =>
        Directory.EnumerateDirectories(GlobalPackagesFolder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(IsKit)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Creates the cache under a folder.</summary>
    /// <param name="root">The folder to create the two folders in.</param>
    /// <param name="machinePackages">The machine's global packages folder.</param>
    /// <returns>The cache.</returns>
    public static PackageCacheWithoutKit Create(string root, string machinePackages)
    {
        var cache = new PackageCacheWithoutKit(Path.Combine(root, "packages"), Path.Combine(root, "fallback"));
        Directory.CreateDirectory(cache.GlobalPackagesFolder);
        Directory.CreateDirectory(cache.FallbackFolder);
        foreach (var package in Directory.Exists(machinePackages) ? Directory.EnumerateDirectories(machinePackages) : [])
        {
            var id = Path.GetFileName(package);
            if (!IsKit(id))
            {
                Directory.CreateSymbolicLink(Path.Combine(cache.FallbackFolder, id), package);
            }
        }

        return cache;
    }

    private static bool IsKit(string id) => id.StartsWith(KitPrefix, StringComparison.OrdinalIgnoreCase);
}
