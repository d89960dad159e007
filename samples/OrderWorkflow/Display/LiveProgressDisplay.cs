using OrderWorkflow.Workflow;
using Spectre.Console;

namespace OrderWorkflow.Display;

/// <summary>A Spectre.Console progress display, one animated task per vendor, for an interactive terminal.</summary>
/// <param name="console">The terminal.</param>
internal sealed class LiveProgressDisplay(IAnsiConsole console) : IProgressDisplay
{
    public Task<WorkflowOutcome[]> RunAsync(IReadOnlyList<IVendorWorkflow> workflows, Func<IVendorWorkflow, IProgress<WorkflowStage>, Task<WorkflowOutcome>> run) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(context => Task.WhenAll(workflows.Select(workflow =>
                RunOneAsync(workflow, context.AddTask(Markup.Escape($"{workflow.Name}: starting"), maxValue: workflow.StepCount), run))));

    private static async Task<WorkflowOutcome> RunOneAsync(IVendorWorkflow workflow, ProgressTask task, Func<IVendorWorkflow, IProgress<WorkflowStage>, Task<WorkflowOutcome>> run)
    {
        var outcome = await run(workflow, new ActionProgress<WorkflowStage>(stage =>
        {
            task.Description = Markup.Escape($"{workflow.Name}: {stage.Description}");
            task.Value = stage.Step - 1;
        }));
        task.Description = outcome.Succeeded
            ? $"[green]{Markup.Escape($"{workflow.Name}: {outcome.Status}")}[/]"
            : $"[red]{Markup.Escape($"{workflow.Name}: failed")}[/]";
        task.Value = task.MaxValue;
        task.StopTask();
        return outcome;
    }
}
