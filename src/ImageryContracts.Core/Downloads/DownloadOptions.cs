namespace ImageryContracts.Downloads;

/// <summary>How <see cref="FileDownloader"/> bounds, repeats and reports downloads. The defaults suit the real vendors; tests shorten them.</summary>
public sealed record DownloadOptions
{
    /// <summary>
    /// How many requests one file may take in all, the first included: each reset connection, stalled body, timeout,
    /// 408, 429 or 5xx uses one, and the next resumes where the last stopped. Default 5.
    /// </summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The backoff before the second attempt, doubled for each later one, with jitter. Default 1 s.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts, including a <c>Retry-After</c> the server asks for. Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the response headers, and then each read of the body, may take before the attempt counts as stalled
    /// and is abandoned (a slow body that still moves is left alone). Default 30 s.
    /// </summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many files of a batch download at once. Default 4.</summary>
    public int MaxParallel { get; init; } = 4;

    /// <summary>The least time between two progress reports of one file. Default 250 ms.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The size of the pooled buffer each download reads into. Default 128 KiB.</summary>
    public int BufferSize { get; init; } = 128 * 1024;

    /// <summary>
    /// Whether a verified file is flushed to the disk itself before it takes its final name, so a power cut cannot leave
    /// a final name on a file whose bytes never reached the disk. Default true.
    /// </summary>
    public bool FlushToDisk { get; init; } = true;

    /// <summary>Describes every out-of-range value, or returns an empty list when all are acceptable.</summary>
    /// <param name="section">The configuration section the options come from, used in the messages.</param>
    /// <returns>One message per problem, naming the setting, its value and the accepted range.</returns>
    public IReadOnlyList<string> Problems(string section)
    {
        var problems = new List<string>();
        if (MaxAttempts < 1)
        {
            problems.Add($"{section}:MaxAttempts is {MaxAttempts}; set 1 or more (1 never retries).");
        }

        if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromDays(1))
        {
            problems.Add($"{section}:RetryDelay is {RetryDelay}; set zero up to one day, such as 00:00:01.");
        }

        if (MaxRetryDelay < RetryDelay || MaxRetryDelay > TimeSpan.FromDays(1))
        {
            problems.Add($"{section}:MaxRetryDelay is {MaxRetryDelay}; set at least RetryDelay ({RetryDelay}) and at most one day.");
        }

        if (StallTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{section}:StallTimeout is {StallTimeout}; set a positive duration such as 00:00:30.");
        }

        if (MaxParallel < 1)
        {
            problems.Add($"{section}:MaxParallel is {MaxParallel}; set 1 or more.");
        }

        if (ProgressInterval < TimeSpan.Zero)
        {
            problems.Add($"{section}:ProgressInterval is {ProgressInterval}; set zero (every read) or a positive duration.");
        }

        if (BufferSize is < 4096 or > 16 * 1024 * 1024)
        {
            problems.Add($"{section}:BufferSize is {BufferSize}; set 4096 to 16777216 bytes.");
        }

        return problems;
    }
}
