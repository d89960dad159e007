using System.Xml.Linq;

namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>The repository's central package versions, so a consumer references what the kit was built against.</summary>
public static class CentralPackageVersions
{
    /// <summary>The version <c>Directory.Packages.props</c> gives a package.</summary>
    /// <param name="id">The package id.</param>
    /// <returns>The version.</returns>
    public static string Of(string id) =>
        XDocument.Load(RepositoryPaths.Combine("Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Where(element => (string?)element.Attribute("Include") == id && element.Attribute("Condition") is null)
            .Select(element => (string?)element.Attribute("Version"))
            .SingleOrDefault()
        ?? throw new InvalidOperationException($"Directory.Packages.props has no unconditional PackageVersion for '{id}'.");
}
