namespace ImageryContracts.ClientTestKit;

/// <summary>The vendors' example payloads under <c>tests/fixtures/</c>, copied beside the test assembly.</summary>
public static class Fixtures
{
    /// <summary>The text of a fixture.</summary>
    /// <param name="relativePath">The path under <c>fixtures/</c>, e.g. <c>oneatlas/order-response.json</c>.</param>
    /// <returns>The JSON text.</returns>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", relativePath));

    /// <summary>Every fixture file of a vendor, as paths under <c>fixtures/</c>.</summary>
    /// <param name="vendor">The vendor folder, e.g. <c>oneatlas</c>.</param>
    /// <returns>The relative paths with forward slashes.</returns>
    public static IEnumerable<string> All(string vendor) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures", vendor), "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "fixtures"), path).Replace('\\', '/'));
}
