using ImageryContracts.Http;
using ImageryContracts.Ordering;
using ImageryContracts.Polling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OrderWorkflow.Connections;

/// <summary>How the sample's vendor connections call, retry, create orders and poll.</summary>
/// <param name="Http">Attempt timeouts and retries of the HTTP pipeline.</param>
/// <param name="Polling">Backoff and deadline while waiting for an order.</param>
/// <param name="Creation">How an ambiguous order creation is settled.</param>
/// <param name="LoggerFactory">Where each HTTP attempt and ordering decision is logged, secrets redacted.</param>
public sealed record ConnectionSettings(HttpReliabilityOptions Http, PollingOptions Polling, OrderCreationOptions Creation, ILoggerFactory LoggerFactory)
{
    /// <summary>The order journal file (<c>--journal</c>); <c>null</c> for none.</summary>
    public string? JournalPath { get; init; }

    /// <summary>
    /// What the sample's job keys are scoped to: <c>real</c> against the real vendors, so a run killed and started again
    /// resumes its orders; a new value for each run of the in-process simulators, which start empty every time.
    /// </summary>
    public string JobScope { get; init; } = "real";

    /// <summary>The client reference of one vendor's order in this run: derived from a job key, so a rerun finds it.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <returns>The reference.</returns>
    public string ClientReferenceFor(string vendor) => ClientReference.FromJobKey($"OrderWorkflow/{vendor}/{JobScope}");

    /// <summary>The library defaults, suited to the real vendors, with no logging.</summary>
    public static ConnectionSettings Default { get; } = new(new HttpReliabilityOptions(), new PollingOptions(), new OrderCreationOptions(), NullLoggerFactory.Instance);

    /// <summary>
    /// Short waits for the in-process simulators, which answer in milliseconds: the sample must finish in seconds.
    /// </summary>
    /// <param name="deadline">The longest a wait for an order may take.</param>
    /// <param name="loggerFactory">Where each HTTP attempt is logged.</param>
    /// <returns>The settings.</returns>
    public static ConnectionSettings ForSimulators(TimeSpan deadline, ILoggerFactory loggerFactory) => new(
        new HttpReliabilityOptions { AttemptTimeout = TimeSpan.FromSeconds(10), RetryDelay = TimeSpan.FromMilliseconds(50) },
        new PollingOptions { InitialDelay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromMilliseconds(500), Deadline = deadline },
        new OrderCreationOptions { SettleDelay = TimeSpan.FromMilliseconds(100), LookupRetryDelay = TimeSpan.FromMilliseconds(100), RateLimitDelay = TimeSpan.FromMilliseconds(200), LookupGrace = TimeSpan.FromMilliseconds(300) },
        loggerFactory) { JobScope = Guid.NewGuid().ToString("N") };

    /// <summary>The library defaults with the caller's deadline and logger, for the real vendors.</summary>
    /// <param name="deadline">The longest a wait for an order may take.</param>
    /// <param name="loggerFactory">Where each HTTP attempt is logged.</param>
    /// <returns>The settings.</returns>
    public static ConnectionSettings ForRealVendors(TimeSpan deadline, ILoggerFactory loggerFactory) =>
        Default with { Polling = Default.Polling with { Deadline = deadline }, LoggerFactory = loggerFactory };
}
