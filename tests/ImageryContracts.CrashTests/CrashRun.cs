using System.Diagnostics;
using System.Globalization;
using ImageryContracts.CrashTests.Worker;
using ImageryContracts.Testing.Ledger;

namespace ImageryContracts.CrashTests;

/// <summary>
/// One crash test: both standalone simulators in their own processes, <c>workers</c> worker processes sharing a job
/// list through one journal, each killed with SIGKILL at named hook points, in turn and at a random arrival (and once
/// in a while at a random moment), and restarted with recovery on start, until its kill budget is spent and it finishes; then one more worker
/// redelivers every job. The simulators' ledgers are counted per job at the end.
/// </summary>
internal sealed class CrashRun(string journal, int jobCount, int workers, int killsPerWorker, int seed)
{
    private const string WorkerProgram = "ImageryContracts.CrashTests.Worker.dll";
    private static readonly TimeSpan Silence = TimeSpan.FromMinutes(2);

    private readonly Dictionary<string, int> _kills = CrashHooks.All.Append("at a random moment").ToDictionary(hook => hook, _ => 0);

    public async Task<CrashReport> RunAsync(Action<string> log)
    {
        using var oneAtlas = SimulatorProcess.Start("oneatlas");
        using var dataCosmos = SimulatorProcess.Start("datacosmos");
        // Keys of this run only: a journal database may still hold another run's jobs.
        var jobs = CrashJob.List(jobCount, $"run{seed & 0xFFFF:x4}{Guid.NewGuid().ToString("N")[..6]}");
        var jobFile = Path.Combine(Path.GetTempPath(), $"imagery-crash-jobs-{Guid.NewGuid():N}.txt");
        await File.WriteAllLinesAsync(jobFile, jobs.Select(job => job.ToString()));
        try
        {
            string[] Arguments(int slot, int slots) =>
                ["--jobs", jobFile, "--slot", slot.ToString(CultureInfo.InvariantCulture), "--slots", slots.ToString(CultureInfo.InvariantCulture),
                 "--journal", journal, "--oneatlas", oneAtlas.BaseUrl, "--datacosmos", dataCosmos.BaseUrl, "--recover"];

            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, workers).Select(slot => Task.Run(() => RunSlot(slot, Arguments(slot, workers), new Random(seed + slot), log))));
            var placing = clock.Elapsed;

            var redelivery = Finish(ChildProcess.Start(WorkerProgram, Arguments(0, 1)), "redelivery");
            log($"redelivery of every job: {redelivery}");

            var ledger = (await oneAtlas.LedgerAsync()).Concat(await dataCosmos.LedgerAsync()).ToList();
            return Count(jobs, ledger, placing, redelivery);
        }
        finally
        {
            File.Delete(jobFile);
        }
    }

    private static string Finish(ChildProcess worker, string name)
    {
        using (worker)
        {
            string? last = null;
            while (worker.ReadLine(Silence) is { } line)
            {
                last = line;
            }

            worker.Kill();
            return worker.ExitCode == 0 && last is not null && last.StartsWith("worker done", StringComparison.Ordinal)
                ? last
                : throw new InvalidOperationException($"Worker {name} failed (exit {worker.ExitCode}):{Environment.NewLine}{worker.Transcript}");
        }
    }

    private void RunSlot(int slot, string[] arguments, Random random, Action<string> log)
    {
        for (var kill = 0; kill < killsPerWorker; kill++)
        {
            // Every kind of kill in turn, each slot starting at another: a few kills per worker cover them all.
            var kind = (slot + kill) % (CrashHooks.All.Count + 1);
            var atRandomMoment = kind == CrashHooks.All.Count;
            var hook = CrashHooks.All[kind % CrashHooks.All.Count];
            var environment = atRandomMoment ? null : new Dictionary<string, string> { ["IMAGERY_CRASH_AT"] = $"{hook}:{random.Next(1, 16)}" };
            using var worker = ChildProcess.Start(WorkerProgram, arguments, environment);
            var killed = atRandomMoment ? KillAfter(worker, TimeSpan.FromMilliseconds(random.Next(300, 3000))) : KillAtHook(worker);
            if (killed is null)
            {
                log($"slot {slot}: finished before its crash point");
                return;
            }

            lock (_kills)
            {
                _kills[killed]++;
            }
        }

        log($"slot {slot}: {Finish(ChildProcess.Start(WorkerProgram, arguments), $"slot {slot}")}");
    }

    private static string? KillAtHook(ChildProcess worker)
    {
        while (worker.ReadLine(Silence) is { } line)
        {
            if (line.StartsWith("CRASH-POINT ", StringComparison.Ordinal))
            {
                worker.Kill();
                return line.Split(' ')[1];
            }
        }

        worker.Kill();
        return worker.ExitCode == 0 ? null : throw new InvalidOperationException($"A worker failed (exit {worker.ExitCode}):{Environment.NewLine}{worker.Transcript}");
    }

    private static string? KillAfter(ChildProcess worker, TimeSpan delay)
    {
        var drain = Task.Run(() =>
        {
            while (worker.ReadLine(Silence) is not null)
            {
            }
        });
        if (drain.Wait(delay))
        {
            worker.Kill();
            return worker.ExitCode == 0 ? null : throw new InvalidOperationException($"A worker failed (exit {worker.ExitCode}):{Environment.NewLine}{worker.Transcript}");
        }

        worker.Kill();
        drain.Wait();
        return "at a random moment";
    }

    private CrashReport Count(IReadOnlyList<CrashJob> jobs, IReadOnlyList<LedgerEntry> ledger, TimeSpan placing, string redelivery)
    {
        var ordersPerJob = jobs.ToDictionary(job => job.LedgerReference, _ => 0);
        var strays = 0;
        foreach (var entry in ledger)
        {
            var owners = entry.References.Where(ordersPerJob.ContainsKey).ToList();
            strays += owners.Count == 0 ? 1 : 0;
            foreach (var owner in owners)
            {
                ordersPerJob[owner]++;
            }
        }

        var dataCosmosKeys = jobs.Where(job => job.Vendor == CrashJob.DataCosmos).Select(job => job.Key).ToHashSet();
        var payments = ledger.Where(entry => entry.References.Any(dataCosmosKeys.Contains)).Select(entry => entry.Payments).ToList();
        return new CrashReport(
            Jobs: jobs.Count,
            Orders: ledger.Count,
            Duplicates: ordersPerJob.Values.Sum(count => Math.Max(0, count - 1)) + strays,
            Lost: ordersPerJob.Values.Count(count => count == 0),
            Paid: payments.Count(count => count == 1),
            Unpaid: payments.Count(count => count == 0),
            PaidTwice: payments.Count(count => count > 1),
            Kills: new Dictionary<string, int>(_kills),
            Placing: placing,
            Redelivery: redelivery);
    }
}
