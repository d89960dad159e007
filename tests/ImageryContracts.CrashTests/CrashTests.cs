using ImageryContracts.Journal.Tests.Support;
using Xunit.Abstractions;

namespace ImageryContracts.CrashTests;

/// <summary>
/// Exactly once across SIGKILLs on the SQLite journal: 1,000 jobs, 4 worker processes sharing one journal file, each
/// killed at random named hook points and restarted. The counts come from the simulators' ledgers, never from the
/// workers. <c>IMAGERY_CRASH_JOBS</c>, <c>IMAGERY_CRASH_WORKERS</c>, <c>IMAGERY_CRASH_KILLS</c> (per worker) and
/// <c>IMAGERY_CRASH_SEED</c> change the run; <c>IMAGERY_CRASH_REPORT</c> names a file the summary lines are appended to.
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class SqliteCrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_job_has_exactly_one_order_and_one_payment_after_random_kills()
    {
        var file = Path.Combine(Path.GetTempPath(), $"imagery-crash-{Guid.NewGuid():N}.db");
        try
        {
            await CrashAssertions.RunAsync($"sqlite:{file}", output);
        }
        finally
        {
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }
}

/// <summary>The same crash test on the PostgreSQL journal, against a real server (see <see cref="PostgreSqlTestDatabase"/>).</summary>
[Collection(CrashCollection.Name)]
public sealed class PostgreSqlCrashTests(ITestOutputHelper output, PostgreSqlTestDatabase database) : IClassFixture<PostgreSqlTestDatabase>
{
    [Fact]
    public Task Every_job_has_exactly_one_order_and_one_payment_after_random_kills() =>
        CrashAssertions.RunAsync($"postgres:{database.ConnectionString}", output);
}

/// <summary>Runs the crash tests one at a time: each starts two simulators and several workers of its own.</summary>
[CollectionDefinition(Name)]
public sealed class CrashCollection
{
    public const string Name = "crash tests";
}

internal static class CrashAssertions
{
    public static async Task RunAsync(string journal, ITestOutputHelper output)
    {
        var kills = Setting("IMAGERY_CRASH_KILLS", 5);
        var run = new CrashRun(journal, Setting("IMAGERY_CRASH_JOBS", 1000), Setting("IMAGERY_CRASH_WORKERS", 4), kills, Setting("IMAGERY_CRASH_SEED", Environment.TickCount));
        var report = await run.RunAsync(output.WriteLine);

        // CI's log shows each store's summary line: .ci/run names a file for them and prints it after the tests.
        if (Environment.GetEnvironmentVariable("IMAGERY_CRASH_REPORT") is { Length: > 0 } reportFile)
        {
            await File.AppendAllTextAsync(reportFile, $"crash test, {journal.Split(':')[0]} journal: {report.Summary}{Environment.NewLine}  {report.Details}{Environment.NewLine}");
        }

        output.WriteLine(report.Summary);
        output.WriteLine(report.Details);
        Assert.Equal(0, report.Duplicates);
        Assert.Equal(0, report.Lost);
        Assert.Equal(report.Jobs, report.Orders);
        Assert.Equal(0, report.PaidTwice);
        Assert.Equal(0, report.Unpaid);
        // IMAGERY_CRASH_KILLS=0 measures throughput (docs/benchmarks.md); otherwise a run without a kill proves nothing.
        Assert.True(kills == 0 || report.Kills.Values.Sum() > 0, "No worker was killed; the run proves nothing.");
        Assert.EndsWith($"{report.Jobs} jobs, {report.Jobs} resumed", report.Redelivery);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;
}
