using OrderWorkflow.Workflow;
using Spectre.Console;

namespace OrderWorkflow.Display;

/// <summary>
/// One plain line per stage, for redirected output (logs, CI, <c>| cat</c>) and <c>--verbose</c>, where an animated
/// display would fill the output with redraws or be overdrawn by log lines.
/// </summary>
/// <param name="console">Where the lines go.</param>
internal sealed class PlainLineDisplay(IAnsiConsole console) : IProgressDisplay
{
    private readonly Lock _gate = new();

    public Task<WorkflowOutcome[]> RunAsync(IReadOnlyList<IVendorWorkflow> workflows, Func<IVendorWorkflow, IProgress<WorkflowStage>, Task<WorkflowOutcome>> run) =>
        Task.WhenAll(workflows.Select(async workflow =>
        {
            var outcome = await run(workflow, new ActionProgress<WorkflowStage>(stage => WriteLine($"[{workflow.Name}] {stage.Step}/{workflow.StepCount} {stage.Description}")));
            WriteLine($"[{workflow.Name}] {(outcome.Succeeded ? "done: " + outcome.Status : "failed")}");
            return outcome;
        }));

    /// <summary>Writes one line whole, even when the vendors report at the same time.</summary>
    /// <param name="line">The text, written as is (no markup).</param>
    public void WriteLine(string line)
    {
        lock (_gate)
        {
            // Straight to the writer: Spectre would wrap a long line at the console width, which is 80 when redirected.
            console.Profile.Out.Writer.WriteLine(line);
        }
    }
}
