using System.Runtime.CompilerServices;

namespace ImageryContracts.Testing.Tests.Sample;

/// <summary>
/// docs/usage.md and the README quote <see cref="UsageExampleTests"/>: the quoted code is the code that compiles and runs.
/// </summary>
public sealed class UsageDocumentationTests
{
    [Theory]
    [InlineData("oneatlas", "docs/usage.md")]
    [InlineData("oneatlas-search", "docs/usage.md")]
    [InlineData("datacosmos", "docs/usage.md")]
    [InlineData("oneatlas", "README.md")]
    [InlineData("datacosmos", "README.md")]
    public void The_page_quotes_the_tested_example_line_for_line(string vendor, string pagePath)
    {
        var testsFolder = Path.GetDirectoryName(ThisFile())!;
        var example = MarkedLines(File.ReadAllLines(Path.Combine(testsFolder, "UsageExampleTests.cs")), $"// usage:{vendor}");
        var page = File.ReadAllText(Path.Combine(testsFolder, "../../..", pagePath)).ReplaceLineEndings("\n");

        Assert.NotEmpty(example);
        Assert.Contains("```csharp\n" + string.Join("\n", example) + "\n```", page);
    }

    private static string[] MarkedLines(string[] lines, string startMarker)
    {
        var start = Array.FindIndex(lines, line => line.Trim() == startMarker);
        var end = Array.FindIndex(lines, start + 1, line => line.Trim() == "// usage:end");
        var block = lines[(start + 1)..end];
        var indent = block.Where(line => line.Trim().Length > 0).Min(line => line.Length - line.TrimStart().Length);
        return [.. block.Select(line => line.Length >= indent ? line[indent..] : line.TrimStart())];
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
