using System.Diagnostics;

namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>Runs the <c>dotnet</c> CLI (and the repository's scripts) as a user would, in a clean environment.</summary>
public static class DotNetCli
{
    // A safety net for a hung build, not an assertion: the slowest step here (the pack) takes a few minutes.
    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(15);

    /// <summary>Runs <c>dotnet</c> with the given arguments.</summary>
    /// <param name="workingDirectory">Where to run.</param>
    /// <param name="arguments">The arguments, each passed as one word.</param>
    /// <returns>The exit code, output and duration.</returns>
    public static CommandResult Run(string workingDirectory, params string[] arguments) =>
        Execute(workingDirectory, "dotnet", arguments);

    /// <summary>Runs an executable or script with the given arguments.</summary>
    /// <param name="workingDirectory">Where to run.</param>
    /// <param name="program">The program or script path.</param>
    /// <param name="arguments">The arguments, each passed as one word.</param>
    /// <returns>The exit code, output and duration.</returns>
    public static CommandResult Execute(string workingDirectory, string program, params string[] arguments) =>
        Execute(workingDirectory, new Dictionary<string, string>(), program, arguments);

    /// <summary>Runs an executable or script with the given arguments and extra environment variables.</summary>
    /// <param name="workingDirectory">Where to run.</param>
    /// <param name="environment">Variables set for the run, over the clean environment.</param>
    /// <param name="program">The program or script path.</param>
    /// <param name="arguments">The arguments, each passed as one word.</param>
    /// <returns>The exit code, output and duration.</returns>
    public static CommandResult Execute(string workingDirectory, IReadOnlyDictionary<string, string> environment, string program, params string[] arguments)
    {
        // The output goes to a file, not a pipe: build servers the build starts outlive it and would hold a pipe open.
        var log = Path.Combine(Path.GetTempPath(), $"imagery-cli-{Guid.NewGuid():N}.log");
        var commandLine = string.Join(' ', new[] { program }.Concat(arguments).Select(Quote));
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec {commandLine} > {Quote(log)} 2>&1 < /dev/null");
        PrepareEnvironment(start.Environment);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{commandLine}'.");
        if (!process.WaitForExit(HangLimit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        stopwatch.Stop();
        var output = File.ReadAllText(log);
        File.Delete(log);
        return new CommandResult(commandLine, process.ExitCode, output, stopwatch.Elapsed);
    }

    private static void PrepareEnvironment(IDictionary<string, string?> environment)
    {
        // `dotnet test` hands its own MSBuild location to the test host; a nested build must find its own.
        foreach (var name in environment.Keys.Where(IsInheritedBuildVariable).ToList())
        {
            environment.Remove(name);
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
    }

    private static bool IsInheritedBuildVariable(string name) =>
        name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
        || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase);

    private static string Quote(string word) => $"'{word.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
