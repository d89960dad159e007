namespace ImageryContracts.CrashTests.Worker;

/// <summary>What one worker process was told to do.</summary>
/// <param name="Jobs">The shared job list.</param>
/// <param name="Slot">This worker's slot: it takes the pairs of jobs (one per vendor) whose pair number modulo <paramref name="Slots"/> is this.</param>
/// <param name="Slots">How many workers share the list.</param>
/// <param name="Journal"><c>sqlite:PATH</c>, <c>postgres:CONNECTION STRING</c> or <c>none</c> (the vendors' lists are the record).</param>
/// <param name="OneAtlasUrl">The OneAtlas simulator's base URL.</param>
/// <param name="DataCosmosUrl">The DataCosmos simulator's base URL.</param>
/// <param name="Recover">Whether to settle the journal's unanswered intents on start.</param>
public sealed record WorkerSettings(IReadOnlyList<CrashJob> Jobs, int Slot, int Slots, string Journal, string OneAtlasUrl, string DataCosmosUrl, bool Recover)
{
    /// <summary>The jobs of this worker's slot.</summary>
    public IEnumerable<CrashJob> MyJobs => Jobs.Where(job => job.Index / 2 % Slots == Slot);
}
