namespace ImageryContracts.Polling;

/// <summary>Builds classifiers from the states a vendor documents, so that any other state is <see cref="PollDecision.Unknown"/>.</summary>
public static class PollClassifier
{
    /// <summary>Classifies a value by its state: listed as waiting, done or failed, otherwise unknown.</summary>
    /// <typeparam name="T">What the probe returns.</typeparam>
    /// <typeparam name="TState">The state type (an enum or the wire string).</typeparam>
    /// <param name="state">Reads the state from a value.</param>
    /// <param name="waiting">States that mean "not finished yet".</param>
    /// <param name="done">States that mean success.</param>
    /// <param name="failed">States that mean failure.</param>
    /// <returns>A classifier for <see cref="Poller.PollAsync{T}"/>.</returns>
    /// <exception cref="ArgumentException">A state is listed under two decisions.</exception>
    public static Func<T, PollDecision> ByState<T, TState>(
        Func<T, TState> state, IEnumerable<TState> waiting, IEnumerable<TState> done, IEnumerable<TState> failed)
        where TState : notnull
    {
        ArgumentNullException.ThrowIfNull(state);
        var decisions = new Dictionary<TState, PollDecision>();
        foreach (var (states, decision) in new[] { (waiting, PollDecision.KeepWaiting), (done, PollDecision.Done), (failed, PollDecision.Failed) })
        {
            foreach (var listed in states)
            {
                if (!decisions.TryAdd(listed, decision))
                {
                    throw new ArgumentException($"The state '{listed}' is listed as both {decisions[listed]} and {decision}; list it once.", nameof(state));
                }
            }
        }

        return value => state(value) is { } current && decisions.TryGetValue(current, out var decision) ? decision : PollDecision.Unknown;
    }
}
