using System.Text.RegularExpressions;

namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>One diagnostic line of MSBuild's console output: <c>file(line,column): error ID: message [project]</c>.</summary>
/// <param name="File">The source file, as the compiler reported it.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Id">The diagnostic ID, such as <c>IMG1001</c>.</param>
/// <param name="Message">The message text.</param>
public sealed partial record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    /// <summary>Reads every distinct diagnostic from a build log.</summary>
    /// <param name="output">The build's console output.</param>
    /// <returns>The diagnostics in order of first appearance.</returns>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output) =>
        DiagnosticLine().Matches(output)
            .Select(match => new BuildDiagnostic(
                match.Groups["file"].Value.Trim(),
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value.Trim()))
            .Distinct()
            .ToList();

    [GeneratedRegex(@"^(?<file>[^\r\n(]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>[A-Z]+\d+): (?<message>[^\r\n]*?)(?: \[[^\]\r\n]+\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
