namespace ImageryContracts.Ordering;

/// <summary>How <see cref="AtMostOnceCreation"/> repeats an order creation and looks for it after an ambiguous failure.</summary>
public sealed record OrderCreationOptions
{
    /// <summary>How many times the creation request may be sent in all, each only after a lookup found nothing. Default 4.</summary>
    public int MaxSendAttempts { get; init; } = 4;

    /// <summary>How many times the vendor's order list is read before the outcome is declared unknown. Default 4.</summary>
    public int LookupAttempts { get; init; } = 4;

    /// <summary>The wait between failed lookups, doubled each time. Default 1 s.</summary>
    public TimeSpan LookupRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The wait after an ambiguous failure before the first lookup, so that a creation the vendor is still processing
    /// when the client gave up has landed in the list. Set it above the vendor's slowest creation. Default 2 s.
    /// </summary>
    public TimeSpan SettleDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait after a 429 that names no <c>Retry-After</c>. Default 2 s.</summary>
    public TimeSpan RateLimitDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Describes every out-of-range value, or returns an empty list when all are acceptable.</summary>
    /// <param name="section">The configuration section the options come from, used in the messages.</param>
    /// <returns>One message per problem, naming the setting, its value and the accepted range.</returns>
    public IReadOnlyList<string> Problems(string section)
    {
        var problems = new List<string>();
        if (MaxSendAttempts < 1)
        {
            problems.Add($"{section}:MaxSendAttempts is {MaxSendAttempts}; set 1 or more (1 sends once and never resends).");
        }

        if (LookupAttempts < 1)
        {
            problems.Add($"{section}:LookupAttempts is {LookupAttempts}; set 1 or more, or an ambiguous failure could never be resolved.");
        }

        foreach (var (name, value) in new[] { ("LookupRetryDelay", LookupRetryDelay), ("SettleDelay", SettleDelay), ("RateLimitDelay", RateLimitDelay) })
        {
            if (value < TimeSpan.Zero)
            {
                problems.Add($"{section}:{name} is {value}; set zero or a positive duration.");
            }
        }

        return problems;
    }
}
