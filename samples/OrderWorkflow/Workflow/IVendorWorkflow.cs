namespace OrderWorkflow.Workflow;

/// <summary>One vendor's search → price → order → wait → download, as the sample runs it.</summary>
public interface IVendorWorkflow
{
    /// <summary>The vendor and where it runs, for the display (for example <c>OneAtlas (simulator)</c>).</summary>
    string Name { get; }

    /// <summary>How many steps <see cref="RunAsync"/> reports.</summary>
    int StepCount { get; }

    /// <summary>Runs the workflow.</summary>
    /// <param name="job">The AOI, the time range searched and the folder the files go to.</param>
    /// <param name="progress">Receives each step as it starts, and the polls while waiting.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The summary row; failures are thrown.</returns>
    Task<WorkflowOutcome> RunAsync(WorkflowJob job, IProgress<WorkflowStage> progress, CancellationToken cancellationToken);
}
