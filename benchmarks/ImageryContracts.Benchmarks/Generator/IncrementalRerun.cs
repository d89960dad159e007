using Microsoft.CodeAnalysis;

namespace ImageryContracts.Benchmarks.Generator;

/// <summary>The property the incremental benchmark relies on: a rerun after an edit outside the specs emits nothing.</summary>
internal static class IncrementalRerun
{
    /// <summary>Fails unless every output of the (step-tracking) driver's last run was cached or unchanged.</summary>
    /// <param name="rerun">The driver after the rerun; it must have been created with step tracking.</param>
    public static void AssertEmitsNothing(GeneratorDriver rerun)
    {
        var result = rerun.GetRunResult().Results.Single();
        if (result.TrackedOutputSteps.Count == 0)
        {
            throw new InvalidOperationException("The driver tracked no output steps; create it with trackIncrementalGeneratorSteps: true to check the rerun.");
        }

        var rerunOutputs = result.TrackedOutputSteps
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs).Select(output => (Step: step.Key, output.Reason)))
            .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .ToList();
        if (rerunOutputs.Count > 0)
        {
            throw new InvalidOperationException(
                $"An edit outside the specs made the generator emit again ({string.Join(", ", rerunOutputs.Select(o => $"{o.Step}: {o.Reason}"))}); the pipeline is not incremental, so the rerun benchmark would measure a full run.");
        }
    }
}
