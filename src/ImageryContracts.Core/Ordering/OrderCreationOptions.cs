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

    /// <summary>
    /// How long an order that may have been created is looked for again while the vendor's list does not show it
    /// (a list may lag behind a creation, so one empty read is no proof), reading every <see cref="LookupRetryDelay"/>.
    /// Only then is the request sent again. Zero reads once. Default 10 s.
    /// </summary>
    public TimeSpan LookupGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a claim on an order journal holds without renewal. It is renewed every third of this while the
    /// creation runs, and must outlast one attempt, the settle delay and the lookup grace
    /// (<see cref="MinimumJournalLease"/>), so a worker that is merely slow is never taken over. Default 2 min.
    /// </summary>
    public TimeSpan JournalLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The shortest <see cref="JournalLease"/> these options allow with a given attempt timeout.</summary>
    /// <param name="attemptTimeout">The HTTP pipeline's longest single attempt.</param>
    /// <returns>The attempt timeout plus <see cref="SettleDelay"/> plus <see cref="LookupGrace"/>.</returns>
    public TimeSpan MinimumJournalLease(TimeSpan attemptTimeout) => attemptTimeout + SettleDelay + LookupGrace;

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

        foreach (var (name, value) in new[] { ("LookupRetryDelay", LookupRetryDelay), ("SettleDelay", SettleDelay), ("RateLimitDelay", RateLimitDelay), ("LookupGrace", LookupGrace) })
        {
            if (value < TimeSpan.Zero)
            {
                problems.Add($"{section}:{name} is {value}; set zero or a positive duration.");
            }
        }

        if (JournalLease <= TimeSpan.Zero)
        {
            problems.Add($"{section}:JournalLease is {JournalLease}; set a positive duration such as 00:02:00.");
        }

        return problems;
    }
}
