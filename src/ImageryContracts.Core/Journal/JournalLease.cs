namespace ImageryContracts.Journal;

/// <summary>Who claims an intent, and for how long the claim holds without renewal.</summary>
/// <param name="Owner">The claimant, unique per claim (machine, process and a random part); shown to workers that find the intent busy.</param>
/// <param name="Duration">How long the claim holds unless renewed.</param>
public sealed record JournalLease(string Owner, TimeSpan Duration)
{
    /// <summary>A lease for a new claim by this process.</summary>
    /// <param name="duration">How long the claim holds unless renewed.</param>
    /// <returns>The lease, owned by <c>machine:process:random</c>.</returns>
    public static JournalLease ForThisProcess(TimeSpan duration) =>
        new($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}", duration);
}
