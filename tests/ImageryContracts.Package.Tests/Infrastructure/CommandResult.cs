namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>What one command did: its exit code, everything it printed and how long it took.</summary>
/// <param name="CommandLine">The command as run, for failure messages.</param>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Output">Standard output and error, interleaved as written.</param>
/// <param name="Duration">Wall-clock time from start to exit.</param>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Duration)
{
    /// <summary>Whether the command exited with 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>The diagnostics MSBuild printed, each once (the summary repeats them).</summary>
    public IReadOnlyList<BuildDiagnostic> Diagnostics => BuildDiagnostic.Parse(Output);

    /// <inheritdoc/>
    public override string ToString() => $"{CommandLine} exited {ExitCode} after {Duration.TotalSeconds:F1}s:{Environment.NewLine}{Output}";
}
