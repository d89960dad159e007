namespace ImageryContracts.CrashTests.Worker;

/// <summary>
/// The named points where the harness may kill this worker. <c>IMAGERY_CRASH_AT=hook:n</c> makes the n-th arrival at
/// that hook print <c>CRASH-POINT hook detail</c> and stop there for good, so the harness's SIGKILL lands exactly at the
/// point, not somewhere a sleep happened to reach.
/// </summary>
public sealed class CrashHooks
{
    /// <summary>After the intent is recorded, before the creation request is sent.</summary>
    public const string BeforeSend = "before-send";

    /// <summary>The vendor has carried out the creation; its answer has not reached the facade.</summary>
    public const string BetweenSendAndAnswer = "between-send-and-answer";

    /// <summary>The facade has the vendor's answer; the journal has not recorded it.</summary>
    public const string BetweenAnswerAndJournal = "between-answer-and-journal";

    /// <summary>The checkout was carried out (credits spent), before its answer is read or recorded.</summary>
    public const string DuringCheckout = "during-checkout";

    /// <summary>Every hook, for the harness to choose from.</summary>
    public static readonly IReadOnlyList<string> All = [BeforeSend, BetweenSendAndAnswer, BetweenAnswerAndJournal, DuringCheckout];

    private readonly string? _hook;
    private readonly int _arrival;
    private int _arrivals;

    /// <summary>Reads the setting; <c>null</c> or empty arms no hook.</summary>
    public CrashHooks(string? setting)
    {
        if (string.IsNullOrEmpty(setting))
        {
            return;
        }

        var parts = setting.Split(':');
        if (parts.Length != 2 || !All.Contains(parts[0]) || !int.TryParse(parts[1], out _arrival) || _arrival < 1)
        {
            throw new ArgumentException($"IMAGERY_CRASH_AT is '{setting}'; use hook:n with a hook among {string.Join(", ", All)} and n ≥ 1, for example {BeforeSend}:3.");
        }

        _hook = parts[0];
    }

    /// <summary>Notes an arrival at a hook; the armed arrival announces itself and never returns.</summary>
    public void Reach(string hook, string detail)
    {
        if (hook != _hook || Interlocked.Increment(ref _arrivals) != _arrival)
        {
            return;
        }

        Console.Out.WriteLine($"CRASH-POINT {hook} {detail}");
        Console.Out.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
