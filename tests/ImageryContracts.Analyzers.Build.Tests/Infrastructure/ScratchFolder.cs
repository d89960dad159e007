namespace ImageryContracts.Analyzers.Build.Tests.Infrastructure;

/// <summary>A folder outside the repository (so none of its Directory.Build files apply), removed after the test.</summary>
public sealed class ScratchFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public ScratchFolder() => Path = Directory.CreateTempSubdirectory("imagery-analyzer-build-").FullName;

    /// <summary>The folder's path.</summary>
    public string Path { get; }

    /// <summary>Writes a file under the folder.</summary>
    /// <param name="relativePath">The path under the folder.</param>
    /// <param name="content">The file's text.</param>
    /// <returns>The file's full path.</returns>
    public string Write(string relativePath, string content)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
