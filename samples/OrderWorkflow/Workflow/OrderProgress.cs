using ImageryContracts.Polling;

namespace OrderWorkflow.Workflow;

/// <summary>
/// Reports the stages of one placed order, named by its id cut to 8 hex digits: enough to tell orders apart in a
/// progress line that must fit an 80-column terminal; the summary table shows the whole id.
/// </summary>
/// <param name="progress">The workflow's progress.</param>
/// <param name="orderId">The order.</param>
internal sealed class OrderProgress(IProgress<WorkflowStage> progress, Guid orderId)
{
    private readonly string _shortId = orderId.ToString("N")[..8];

    /// <summary>Reports a step of the order.</summary>
    public void Report(int step, string description) => progress.Report(new WorkflowStage(step, $"order {_shortId}: {description}"));

    /// <summary>A sink for a poll loop that reports each poll's status within <paramref name="step"/>.</summary>
    public IProgress<PollProgress<T>> Polls<T>(int step, Func<T, string?> status) =>
        new ActionProgress<PollProgress<T>>(poll => Report(step, $"{status(poll.LastValue)} (poll {poll.Attempt})"));
}
