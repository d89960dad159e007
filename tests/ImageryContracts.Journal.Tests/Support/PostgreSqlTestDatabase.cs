using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ImageryContracts.Journal.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests run against: the one <c>IMAGERY_TEST_POSTGRES</c> names (CI's <c>.ci/run</c> starts a
/// throwaway cluster and sets it), else a throwaway cluster this fixture starts with <c>scripts/postgres-throwaway.sh</c>
/// and stops at the end. No server and no way to start one is a failure, never a skip.
/// </summary>
public sealed partial class PostgreSqlTestDatabase : IDisposable
{
    /// <summary>The variable holding the connection string.</summary>
    public const string Variable = "IMAGERY_TEST_POSTGRES";

    private readonly string? _startedData;

    public PostgreSqlTestDatabase()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but {Variable} is not set: .ci/run must start PostgreSQL (scripts/postgres-throwaway.sh start) and export it. The PostgreSQL tests never skip in CI.");
        }

        var script = Path.Combine(RepositoryRoot(), "scripts", "postgres-throwaway.sh");
        var start = Process.Start(new ProcessStartInfo("bash", [script, "start"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = start.StandardOutput.ReadToEnd();
        var error = start.StandardError.ReadToEnd();
        start.WaitForExit();
        if (start.ExitCode != 0 || ExportLine().Matches(output) is not { Count: 2 } exports)
        {
            throw new InvalidOperationException($"No PostgreSQL to test against: {Variable} is not set and '{script} start' failed (exit {start.ExitCode}): {error.Trim()} Install PostgreSQL (apt-get install postgresql) or set {Variable} to a reachable server.");
        }

        var values = exports.ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value);
        ConnectionString = values[Variable];
        _startedData = values["IMAGERY_POSTGRES_DATA"];
    }

    /// <summary>An Npgsql connection string to a database the tests may create tables in.</summary>
    public string ConnectionString { get; }

    /// <summary>A table name no other test uses, so tests never see each other's rows.</summary>
    public static string NewTable() => $"journal_test_{Guid.NewGuid():N}";

    public void Dispose()
    {
        if (_startedData is not null)
        {
            using var stop = Process.Start(new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "scripts", "postgres-throwaway.sh"), "stop", _startedData]))!;
            stop.WaitForExit();
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ImageryContracts.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ImageryContracts.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }

    [GeneratedRegex("^export ([A-Z_]+)='([^']*)'$", RegexOptions.Multiline)]
    private static partial Regex ExportLine();
}
