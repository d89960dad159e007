using ImageryContracts.CrashTests.Worker;
using ImageryContracts.Testing;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.OneAtlas;

namespace ImageryContracts.CrashTests;

/// <summary>The same references placed by two worker processes: one order per reference, one payment per order.</summary>
[Collection(CrashCollection.Name)]
public sealed class TwoProcessTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"imagery-two-processes-{Guid.NewGuid():N}");

    public TwoProcessTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Two_processes_placing_the_same_references_at_once_through_one_journal_place_each_once()
    {
        await using var oneAtlas = await OneAtlasSimulator.StartAsync();
        await using var dataCosmos = await DataCosmosSimulator.StartAsync();
        var arguments = Arguments(oneAtlas, dataCosmos, $"sqlite:{Path.Combine(_folder, "orders.db")}");

        using var first = ChildProcess.Start("ImageryContracts.CrashTests.Worker.dll", arguments);
        using var second = ChildProcess.Start("ImageryContracts.CrashTests.Worker.dll", arguments);
        var outputs = await Task.WhenAll(Task.Run(() => Finish(first)), Task.Run(() => Finish(second)));

        AssertOneOrderPerJob(oneAtlas, dataCosmos);
        Assert.Equal(Jobs.Count, outputs.Sum(output => output.Split('\n').Count(line => line.StartsWith("placed", StringComparison.Ordinal) && line.EndsWith("resumed", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Two_processes_one_after_the_other_without_a_journal_find_the_first_ones_orders_in_the_vendors_lists()
    {
        await using var oneAtlas = await OneAtlasSimulator.StartAsync();
        await using var dataCosmos = await DataCosmosSimulator.StartAsync();
        var arguments = Arguments(oneAtlas, dataCosmos, "none");

        using (var first = ChildProcess.Start("ImageryContracts.CrashTests.Worker.dll", arguments))
        {
            Assert.EndsWith($"{Jobs.Count} jobs, 0 resumed", Finish(first));
        }

        using var second = ChildProcess.Start("ImageryContracts.CrashTests.Worker.dll", arguments);
        Assert.EndsWith($"{Jobs.Count} jobs, {Jobs.Count} resumed", Finish(second));
        AssertOneOrderPerJob(oneAtlas, dataCosmos);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static IReadOnlyList<CrashJob> Jobs { get; } = CrashJob.List(6, "twoprocesses");

    private static void AssertOneOrderPerJob(VendorSimulator oneAtlas, VendorSimulator dataCosmos)
    {
        var ledger = oneAtlas.Ledger().Concat(dataCosmos.Ledger()).ToList();
        Assert.Equal(Jobs.Count, ledger.Count);
        Assert.All(Jobs, job => Assert.Single(ledger, entry => entry.References.Contains(job.LedgerReference)));
        Assert.All(dataCosmos.Ledger(), entry => Assert.Equal(1, entry.Payments));
    }

    private string[] Arguments(VendorSimulator oneAtlas, VendorSimulator dataCosmos, string journal)
    {
        var jobFile = Path.Combine(_folder, "jobs.txt");
        File.WriteAllLines(jobFile, Jobs.Select(job => job.ToString()));
        return ["--jobs", jobFile, "--journal", journal, "--oneatlas", oneAtlas.BaseUrl, "--datacosmos", dataCosmos.BaseUrl];
    }

    private static string Finish(ChildProcess worker)
    {
        var lines = new List<string>();
        while (worker.ReadLine(TimeSpan.FromMinutes(2)) is { } line)
        {
            lines.Add(line);
        }

        worker.Kill();
        Assert.True(worker.ExitCode == 0, worker.Transcript);
        return string.Join("\n", lines);
    }
}
