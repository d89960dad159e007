using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.OneAtlas;
using Microsoft.Extensions.Logging.Abstractions;
using OrderWorkflow.Connections;
using OrderWorkflow.Vendors.DataCosmos;
using OrderWorkflow.Vendors.OneAtlas;
using OrderWorkflow.Workflow;

namespace ImageryContracts.Testing.Tests.Sample;

/// <summary>
/// The sample's <c>--journal</c>: a run stopped after ordering and started again (a vendor whose orders outlive the run,
/// here a simulator kept alive across both runs) resumes the same orders instead of placing new ones.
/// </summary>
public sealed class SampleResumeTests : IDisposable
{
    private static readonly IProgress<WorkflowStage> Quiet = new Progress<WorkflowStage>();
    private readonly string _journal = Path.Combine(Path.GetTempPath(), $"imagery-sample-{Guid.NewGuid():N}", "orders.journal.db");

    [Fact]
    public async Task A_second_run_with_the_same_journal_resumes_the_orders_of_the_first()
    {
        await using var oneAtlas = await OneAtlasSimulator.StartAsync();
        await using var dataCosmos = await DataCosmosSimulator.StartAsync();
        var settings = ConnectionSettings.ForSimulators(TimeSpan.FromMinutes(1), NullLoggerFactory.Instance) with { JournalPath = _journal, JobScope = "resume-test" };

        var first = await RunBothAsync(oneAtlas, dataCosmos, settings);
        var second = await RunBothAsync(oneAtlas, dataCosmos, settings);

        Assert.All(first, outcome => Assert.False(outcome.Resumed));
        Assert.All(second, outcome => Assert.True(outcome.Resumed, $"{outcome.Vendor} was not resumed"));
        Assert.Equal(first.Select(outcome => outcome.OrderId), second.Select(outcome => outcome.OrderId));
        Assert.Single(oneAtlas.Ledger());
        Assert.Equal(1, Assert.Single(dataCosmos.Ledger()).Payments);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_journal)!, recursive: true);
    }

    private static async Task<WorkflowOutcome[]> RunBothAsync(OneAtlasSimulator oneAtlas, DataCosmosSimulator dataCosmos, ConnectionSettings settings)
    {
        await using var oneAtlasRun = OneAtlasWorkflow.Connect(new OneAtlasCredentials(oneAtlas.ApiKey, oneAtlas.BaseUrl, oneAtlas.TokenUrl), settings);
        await using var dataCosmosRun = DataCosmosWorkflow.Connect(
            new DataCosmosCredentials(dataCosmos.ClientId, dataCosmos.ClientSecret, dataCosmos.OrganisationId, dataCosmos.BaseUrl, dataCosmos.TokenUrl), settings);
        var job = WorkflowJob.Recent(OneAtlasSampleOrders.ToulouseAoi, Path.Combine(Path.GetDirectoryName(settings.JournalPath)!, "files"), DateTimeOffset.UtcNow);
        return [await oneAtlasRun.RunAsync(job, Quiet, CancellationToken.None), await dataCosmosRun.RunAsync(job, Quiet, CancellationToken.None)];
    }
}
