using System.Reflection;

namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>Where the repository under test lives, as the build that compiled these tests saw it.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (the folder of <c>ImageryContracts.sln</c>).</summary>
    public static string Root { get; } = Path.GetFullPath(
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "RepositoryRoot").Value
        ?? throw new InvalidOperationException("The RepositoryRoot assembly metadata is empty; build the tests from the repository."));

    /// <summary>A path under the repository root.</summary>
    /// <param name="relative">Segments relative to the root.</param>
    /// <returns>The absolute path.</returns>
    public static string Combine(params string[] relative) => Path.Combine([Root, .. relative]);
}
