namespace ImageryContracts.Core.Tests.Polling;

/// <summary>A probe that returns the given states in order (repeating the last) and completes synchronously.</summary>
internal sealed class ScriptedProbe(params string[] states)
{
    public int Calls { get; private set; }

    public Task<string> ProbeAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var state = states[Math.Min(Calls, states.Length - 1)];
        Calls++;
        return Task.FromResult(state);
    }
}
