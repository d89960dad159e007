namespace OrderWorkflow.Workflow;

/// <summary>Where a vendor's workflow is.</summary>
/// <param name="Step">The step, from 1 to the workflow's <see cref="IVendorWorkflow.StepCount"/>.</param>
/// <param name="Description">What is happening, with the values known so far.</param>
public sealed record WorkflowStage(int Step, string Description)
{
    /// <summary>
    /// An order id cut to its first 8 hex digits: enough to tell orders apart in a progress line that must fit an
    /// 80-column terminal; the summary table shows the whole id.
    /// </summary>
    /// <param name="orderId">The order's id.</param>
    /// <returns>The short form, such as <c>3b67a672</c>.</returns>
    public static string ShortId(Guid orderId) => orderId.ToString("N")[..8];
}
