using BenchmarkDotNet.Attributes;
using ImageryContracts.Journal;
using ImageryContracts.Journal.PostgreSql;
using ImageryContracts.Journal.Sqlite;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Ordering;
using ImageryContracts.Ordering;
using ImageryContracts.Testing.OneAtlas;
using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.Benchmarks.Journal;

/// <summary>
/// What the order journal costs per order, next to the vendor call it guards: one OneAtlas order placed through the
/// facade against the simulator on loopback, with no journal, the SQLite journal (a file in the temp folder) and the
/// PostgreSQL journal (<c>IMAGERY_TEST_POSTGRES</c>; <c>scripts/postgres-throwaway.sh start</c> gives one); and the
/// journal's own work alone (a claim and the answer's write) on each store. Every order has a new client reference.
/// </summary>
[MemoryDiagnoser]
public class JournalBenchmarks
{
    private OneAtlasSimulator _simulator = null!;
    private ServiceProvider _services = null!;
    private OneAtlasOrdering _ordering = null!;
    private IOrderJournal? _journal;
    private string _folder = null!;

    /// <summary>The journal behind the facade.</summary>
    [Params("none", "sqlite", "postgresql")]
    public string Store { get; set; } = "none";

    /// <summary>Starts the simulator (with credits for every order the run places) and the facade over the chosen journal.</summary>
    [GlobalSetup]
    public async Task Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"imagery-journal-benchmark-{Guid.NewGuid():N}");
        _journal = Store switch
        {
            "none" => null,
            "sqlite" => new SqliteOrderJournal(new SqliteOrderJournalOptions { Path = Path.Combine(_folder, "orders.db") }),
            _ => new PostgreSqlOrderJournal(
                Environment.GetEnvironmentVariable("IMAGERY_TEST_POSTGRES")
                    ?? throw new InvalidOperationException("The PostgreSQL journal benchmark needs IMAGERY_TEST_POSTGRES; eval \"$(scripts/postgres-throwaway.sh start)\" sets it."),
                $"journal_benchmark_{Guid.NewGuid():N}"),
        };
        _simulator = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { Accounts = [OneAtlasAccount.Default with { Balance = long.MaxValue / 2 }] });
        var services = new ServiceCollection().AddOneAtlas(options =>
        {
            options.ApiKey = _simulator.ApiKey;
            options.BaseUrl = _simulator.BaseUrl;
            options.TokenUrl = _simulator.TokenUrl;
        });
        if (_journal is not null)
        {
            services.AddSingleton(_journal);
        }

        _services = services.BuildServiceProvider();
        _ordering = _services.GetRequiredService<OneAtlasOrdering>();
        await PlaceOrder();
    }

    /// <summary>Stops the simulator and removes the journal file.</summary>
    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        await _simulator.DisposeAsync();
        if (_journal is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>One order through the facade: validation, the journal's claim and answer (if any), <c>POST /api/v1/orders</c>.</summary>
    /// <returns>The order's id.</returns>
    [Benchmark(Baseline = true)]
    public async Task<Guid?> PlaceOrder() =>
        (await _ordering.PlaceOrderAsync(
            new OrderRequest
            {
                Kind = OrderKind.DataProduct,
                Products =
                [
                    new Product
                    {
                        Id = OneAtlasCatalogueItem.ToulousePleiades.Id,
                        ProductType = ProductType.Bundle,
                        RadiometricProcessing = RadiometricProcessing.Reflectance,
                        ImageFormat = ImageFormat.Jp2,
                        CrsCode = CrsCode.Wgs84,
                        Aoi = new Polygon { Type = PolygonType.Polygon, Coordinates = [[[1.409, 43.598], [1.409, 43.634], [1.508, 43.634], [1.508, 43.598], [1.409, 43.598]]] },
                    },
                ],
            },
            clientReference: null)).Order.Id;

    /// <summary>The journal's own work for one order: claim a new reference, then record the answer.</summary>
    /// <returns>Whether the answer was recorded.</returns>
    [Benchmark]
    public async Task<bool> ClaimAndRecord()
    {
        if (_journal is null)
        {
            return true;
        }

        var claim = await _journal.ClaimAsync(new OrderIntent("Benchmark", ClientReference.New(), "sha256:0000000000000000", "benchmark order"), JournalLease.ForThisProcess(TimeSpan.FromMinutes(2)));
        return await _journal.RecordAsync(claim, new IntentRecord(OrderIntentState.Placed, Answer: "order"));
    }
}
