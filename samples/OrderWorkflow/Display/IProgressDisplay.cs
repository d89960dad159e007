using OrderWorkflow.Workflow;

namespace OrderWorkflow.Display;

/// <summary>Shows the vendors' workflows while they run side by side.</summary>
internal interface IProgressDisplay
{
    /// <summary>Runs every workflow through <paramref name="run"/> and shows each one's stages as they are reported.</summary>
    /// <param name="workflows">The workflows, one display line or task each.</param>
    /// <param name="run">Runs one workflow with the progress sink the display gives it.</param>
    /// <returns>The outcomes, in the order of <paramref name="workflows"/>.</returns>
    Task<WorkflowOutcome[]> RunAsync(IReadOnlyList<IVendorWorkflow> workflows, Func<IVendorWorkflow, IProgress<WorkflowStage>, Task<WorkflowOutcome>> run);
}
