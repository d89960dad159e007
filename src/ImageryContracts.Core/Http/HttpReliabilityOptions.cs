namespace ImageryContracts.Http;

/// <summary>How the HTTP pipeline bounds and repeats attempts. The defaults suit the real vendors; tests shorten them.</summary>
public sealed record HttpReliabilityOptions
{
    /// <summary>The longest one attempt (send and whole answer) may take. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times Kiota's retry handler repeats a request answered 429, 503 or 504, waiting as
    /// <c>Retry-After</c> says. At most 10 (Kiota's limit). Order creation turns it off for its own request. Default 3.
    /// </summary>
    public int StatusRetries { get; init; } = 3;

    /// <summary>Kiota's base wait in whole seconds when an answer has no <c>Retry-After</c>, doubled per retry; at most 180. Default 3.</summary>
    public int StatusRetryDelaySeconds { get; init; } = 3;

    /// <summary>How many times a safe request is repeated after a broken connection or a timed-out attempt. Default 2.</summary>
    public int TransportRetries { get; init; } = 2;

    /// <summary>The wait before the first transport retry, doubled per retry. Default 200 ms.</summary>
    public TimeSpan TransportRetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

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

        if (StatusRetries is < 0 or > 10)
        {
            problems.Add($"{section}:StatusRetries is {StatusRetries}; set 0 to 10 (Kiota's retry handler allows at most 10).");
        }

        if (StatusRetryDelaySeconds is < 0 or > 180)
        {
            problems.Add($"{section}:StatusRetryDelaySeconds is {StatusRetryDelaySeconds}; set 0 to 180 seconds.");
        }

        if (TransportRetries < 0)
        {
            problems.Add($"{section}:TransportRetries is {TransportRetries}; set 0 or more.");
        }

        if (TransportRetryDelay < TimeSpan.Zero)
        {
            problems.Add($"{section}:TransportRetryDelay is {TransportRetryDelay}; set zero or a positive duration.");
        }

        return problems;
    }
}
