using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Generators.Tests.TestHelpers;

/// <summary>Reads the tracked steps of a generator run (Mapperly's and EnumGenerators' helpers, condensed).</summary>
public static class StepReasons
{
    /// <summary>Every step name in <see cref="TrackingNames"/>, found by reflection so a new step is covered at once.</summary>
    public static IReadOnlyList<string> TrackedStepNames { get; } = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    /// <summary>The reasons of every output of our tracked steps, by step name.</summary>
    /// <param name="result">The run result.</param>
    /// <returns>Step name → reasons.</returns>
    public static Dictionary<string, List<IncrementalStepRunReason>> OfTrackedSteps(GeneratorRunResult result) =>
        TrackedStepNames.ToDictionary(
            name => name,
            name => result.TrackedSteps[name].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList());

    /// <summary>The source-output steps whose input is an <typeparamref name="T"/>, with the input and the step's reasons.</summary>
    /// <typeparam name="T">The value type the output consumes (the spec model, or the diagnostics).</typeparam>
    /// <param name="result">The run result.</param>
    /// <returns>The input value and reasons per output step.</returns>
    public static List<(T Input, IncrementalStepRunReason[] Reasons)> OfOutputs<T>(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(pair => pair.Value)
            .Select(step => (Value: step.Inputs.Select(input => input.Source.Outputs[input.OutputIndex].Value).OfType<T>().FirstOrDefault(), Step: step))
            .Where(pair => pair.Value is not null)
            .Select(pair => (pair.Value!, pair.Step.Outputs.Select(o => o.Reason).ToArray()))
            .ToList();

    /// <summary>Whether a reason means the step did no new work.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns><see langword="true"/> for <c>Cached</c> and <c>Unchanged</c>.</returns>
    public static bool IsReused(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;
}
