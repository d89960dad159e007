namespace OrderWorkflow.Workflow;

/// <summary>Where a vendor's workflow is.</summary>
/// <param name="Step">The step, from 1 to the workflow's <see cref="IVendorWorkflow.StepCount"/>.</param>
/// <param name="Description">What is happening, with the values known so far.</param>
public sealed record WorkflowStage(int Step, string Description);
