namespace ImageryContracts.Analyzers.Build.Tests.Infrastructure;

/// <summary>
/// The kit's assemblies as this test project's build laid them out (the project's csproj copies the analyzers and the
/// generator to folders of their own), written as the items a scratch consumer project needs: <c>Reference</c> for
/// what a package's lib folder gives, <c>Analyzer</c> for what its analyzers/dotnet/cs folder gives.
/// </summary>
public static class KitBuildOutput
{
    /// <summary>One <c>Reference</c> item per assembly of the test's output folder.</summary>
    /// <param name="assemblyNames">The assembly names, without <c>.dll</c>.</param>
    /// <returns>The items, one a line.</returns>
    public static string References(params string[] assemblyNames) => Items(
        "Reference",
        assemblyNames.Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll")));

    /// <summary>One <c>Analyzer</c> item per assembly in a folder of the test's output.</summary>
    /// <param name="folder">The folder under the output: <c>analyzers</c> or <c>generators</c>.</param>
    /// <returns>The items, one a line.</returns>
    public static string Analyzers(string folder) => Items(
        "Analyzer",
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.dll").Order(StringComparer.Ordinal));

    private static string Items(string kind, IEnumerable<string> paths) =>
        string.Join(Environment.NewLine, paths.Select(path => $"""    <{kind} Include="{path}" />"""));
}
