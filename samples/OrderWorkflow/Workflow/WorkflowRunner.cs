using System.Diagnostics;

namespace OrderWorkflow.Workflow;

/// <summary>Runs one vendor's workflow and turns its failure into a summary row, so the other vendor still finishes.</summary>
internal static class WorkflowRunner
{
    /// <summary>Runs the workflow.</summary>
    /// <param name="workflow">The workflow.</param>
    /// <param name="job">What it is asked to do.</param>
    /// <param name="progress">Where its stages go.</param>
    /// <param name="timeout">The run's time limit, named when it cancels the workflow.</param>
    /// <param name="cancellationToken">Cancelled by the caller or at the time limit.</param>
    /// <returns>The outcome; <see cref="WorkflowOutcome.Failure"/> says why it failed.</returns>
    public static async Task<WorkflowOutcome> RunAsync(IVendorWorkflow workflow, WorkflowJob job, IProgress<WorkflowStage> progress, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await workflow.RunAsync(job, progress, cancellationToken) with { Elapsed = Stopwatch.GetElapsedTime(started) };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Failed($"stopped at the time limit of {timeout.TotalSeconds:0} s; raise --timeout if the vendor is slow.");
        }
        catch (Exception exception)
        {
            return Failed($"{exception.GetType().Name}: {exception.Message}");
        }

        WorkflowOutcome Failed(string why) => new(workflow.Name, null, null, null, "failed", why) { Elapsed = Stopwatch.GetElapsedTime(started) };
    }
}
