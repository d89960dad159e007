namespace ImageryContracts.Journal;

/// <summary>How one vendor creates, finds and re-reads an order, for <see cref="JournaledCreation"/>.</summary>
/// <typeparam name="TOrder">The vendor's order model (or what the creation returns, such as a checkout).</typeparam>
public sealed class CreationSteps<TOrder>
    where TOrder : class
{
    /// <summary>What is created, under which reference.</summary>
    public required OrderIntent Intent { get; init; }

    /// <summary>What identifies the order in logs and messages (for example <c>tagged imagery…</c>).</summary>
    public required string OrderReference { get; init; }

    /// <summary>Sends the creation request once, never retried by the pipeline.</summary>
    public required Func<CancellationToken, Task<TOrder>> Send { get; init; }

    /// <summary>
    /// Looks for the order this intent created in the vendor's list; <c>null</c> when absent. Receives the baseline
    /// (<see cref="Baseline"/>): <c>null</c> when the reference may already have an order from before (a redelivered
    /// job without a journal), so any order with this reference or content counts.
    /// </summary>
    public required Func<string?, CancellationToken, Task<TOrder?>> FindCreated { get; init; }

    /// <summary>The vendor's id of a created order, recorded as the journal's answer.</summary>
    public required Func<TOrder, string> AnswerOf { get; init; }

    /// <summary>Reads the order a recorded answer names, to return it again.</summary>
    public required Func<string, CancellationToken, Task<TOrder>> Replay { get; init; }

    /// <summary>
    /// For vendors whose orders are recognised by content: reads what the vendor's list holds before the first send,
    /// so a lookup can tell this intent's order from earlier ones; <c>null</c> when the reference finds the order.
    /// </summary>
    public Func<CancellationToken, Task<string>>? Baseline { get; init; }

    /// <summary>
    /// Without a journal: whether the reference may already have an order (the caller chose it, so a job delivered
    /// again brings it back), which is then looked up before anything is sent.
    /// </summary>
    public bool LookUpFirst { get; init; }

    /// <summary>
    /// The fingerprint and description of a listed order's content, to refuse a reference reused with other content
    /// when the vendor's list is the record; <c>null</c> when the list cannot tell (the lookup matches by content).
    /// </summary>
    public Func<TOrder, (string Fingerprint, string Content)>? ContentOf { get; init; }
}
