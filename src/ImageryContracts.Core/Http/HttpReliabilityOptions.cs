using System.Globalization;

namespace ImageryContracts.Http;

/// <summary>
/// How the HTTP pipeline bounds and repeats attempts: the settings of the standard resilience pipeline of
/// Microsoft.Extensions.Http.Resilience (total timeout, retry, circuit breaker, attempt timeout) that matter for a vendor
/// API, with defaults that suit the real vendors. Whatever else the standard pipeline offers is tuned the standard way,
/// on its <c>HttpStandardResilienceOptions</c> (see <see cref="ImageryResilience"/>).
/// </summary>
public sealed record HttpReliabilityOptions
{
    /// <summary>The most retries the resilience library accepts in one call here.</summary>
    public const int MaxRetries = 10;

    /// <summary>The longest one attempt (send and whole answer) may take. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest one call may take, every attempt and every wait between them included. Default 3 min.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// How many times a request that may be repeated is sent again after a transient failure: a broken connection, an
    /// attempt timeout, 408, 429 or 5xx. Order creation and checkout are never repeated. 0 turns retries off. Default 3.
    /// </summary>
    public int Retries { get; init; } = 3;

    /// <summary>
    /// The wait before the first retry, doubled for each further one, with jitter; an answer's <c>Retry-After</c> takes
    /// precedence. Default 2 s, as in the standard pipeline.
    /// </summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>When the pipeline stops calling a vendor that keeps failing, and for how long.</summary>
    public CircuitBreakerSettings CircuitBreaker { get; init; } = new();

    /// <summary>Describes every out-of-range value, or returns an empty list when all are acceptable.</summary>
    /// <param name="section">The configuration section the options come from, used in the messages.</param>
    /// <returns>One message per problem, naming the setting, its value and the accepted range.</returns>
    public IReadOnlyList<string> Problems(string section)
    {
        var problems = new List<string>();
        if (AttemptTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{section}:AttemptTimeout is {AttemptTimeout}; set a positive duration such as 00:00:30.");
        }

        if (TotalTimeout <= AttemptTimeout)
        {
            problems.Add($"{section}:TotalTimeout is {TotalTimeout}; set it longer than {section}:AttemptTimeout ({AttemptTimeout}), since it bounds every attempt together.");
        }

        if (Retries is < 0 or > MaxRetries)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{section}:Retries is {Retries}; set 0 (no retries) to {MaxRetries}."));
        }

        if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromDays(1))
        {
            problems.Add($"{section}:RetryDelay is {RetryDelay}; set zero or a positive duration up to a day, such as 00:00:02.");
        }

        problems.AddRange(CircuitBreaker.Problems($"{section}:CircuitBreaker", AttemptTimeout, $"{section}:AttemptTimeout"));
        return problems;
    }
}
