using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ImageryContracts.Generators.Model;

/// <summary>
/// An equatable stand-in for <see cref="Location"/> (which may hold a syntax tree): a span of the spec file.
/// Lines and characters are zero-based, as Roslyn counts them.
/// </summary>
/// <param name="FilePath">The spec's path.</param>
/// <param name="Span">The character span in the file.</param>
/// <param name="LineSpan">The line and character span in the file.</param>
public sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The location as Roslyn reports it.</summary>
    /// <returns>A location in the spec file.</returns>
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>The start of the file, for problems with the file as a whole.</summary>
    /// <param name="filePath">The spec's path.</param>
    /// <returns>An empty span at line 1, column 1.</returns>
    public static LocationInfo StartOf(string filePath) =>
        new(filePath, new TextSpan(0, 0), new LinePositionSpan(default, default));
}
