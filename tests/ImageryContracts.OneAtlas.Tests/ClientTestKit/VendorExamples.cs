namespace ImageryContracts.ClientTestKit;

/// <summary>The recorded OneAtlas examples of <c>../shared/vendor-facts/examples/oneatlas/</c>, copied beside the test assembly.</summary>
public static class VendorExamples
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "vendor-examples", "oneatlas");

    /// <summary>The text of an example.</summary>
    /// <param name="name">Its file name.</param>
    /// <returns>The JSON text.</returns>
    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    /// <summary>The file names of every JSON example (the folder's .txt excerpt is not JSON).</summary>
    /// <returns>The names.</returns>
    public static IEnumerable<string> All() => Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileName)!;
}
