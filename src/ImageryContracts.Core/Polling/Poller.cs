using System.Globalization;

namespace ImageryContracts.Polling;

/// <summary>
/// Probes until a classifier says done or failed, waiting between probes with exponential backoff and full jitter on a
/// <see cref="TimeProvider"/>, within a total deadline. Unlike a loop that waits on anything it does not recognise,
/// an unclassified state stops polling unless the caller opts in (see <see cref="PollingOptions.UnknownStateIsWaiting"/>).
/// </summary>
public static class Poller
{
    /// <summary>Polls <paramref name="probe"/> until <paramref name="classify"/> returns <see cref="PollDecision.Done"/>.</summary>
    /// <typeparam name="T">What the probe returns.</typeparam>
    /// <param name="probe">Reads the current state; receives a token cancelled by the caller or at the deadline.</param>
    /// <param name="classify">Judges each value: keep waiting, done, failed, or unknown.</param>
    /// <param name="options">Backoff, deadline and jitter source; <c>null</c> for the defaults.</param>
    /// <param name="timeProvider">The clock and timers; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="progress">Receives every probe's outcome and the next wait.</param>
    /// <param name="describe">Renders a value for exception messages (for example its status); default <see cref="object.ToString"/>.</param>
    /// <param name="cancellationToken">Stops polling with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The value classified done, with the number of probes and the elapsed time.</returns>
    /// <exception cref="PollFailedException">A value was classified failed, or unknown without the opt-in.</exception>
    /// <exception cref="PollTimeoutException">The deadline passed while the state said "keep waiting".</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<PollResult<T>> PollAsync<T>(
        Func<CancellationToken, Task<T>> probe,
        Func<T, PollDecision> classify,
        PollingOptions? options = null,
        TimeProvider? timeProvider = null,
        IProgress<PollProgress<T>>? progress = null,
        Func<T, string>? describe = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(classify);
        options ??= new PollingOptions();
        options.Validate();
        timeProvider ??= TimeProvider.System;
        describe ??= value => value?.ToString() ?? "null";
        var random = options.Random ?? Random.Shared;

        var start = timeProvider.GetTimestamp();
        using var deadline = options.Deadline is { } limit ? new CancellationTokenSource(limit, timeProvider) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var attempts = 0;
        var lastDescription = (string?)null;
        object? lastValue = null;
        var cap = options.InitialDelay;
        while (true)
        {
            T value;
            try
            {
                value = await probe(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw TimedOut("a probe was still running at the deadline", exception);
            }

            attempts++;
            var elapsed = timeProvider.GetElapsedTime(start);
            var decision = classify(value);
            lastValue = value;
            lastDescription = describe(value);
            switch (decision)
            {
                case PollDecision.Done:
                    progress?.Report(new PollProgress<T>(attempts, elapsed, null, value, decision));
                    return new PollResult<T>(value, attempts, elapsed);
                case PollDecision.Failed:
                    progress?.Report(new PollProgress<T>(attempts, elapsed, null, value, decision));
                    throw new PollFailedException(
                        Invariant($"Polling stopped on the failed state {lastDescription} after {attempts} attempt(s) and {Seconds(elapsed)}."),
                        decision, value, attempts, elapsed);
                case PollDecision.Unknown when !options.UnknownStateIsWaiting:
                    progress?.Report(new PollProgress<T>(attempts, elapsed, null, value, decision));
                    throw new PollFailedException(
                        Invariant($"Polling stopped on the state {lastDescription}, which the classifier does not recognise, after {attempts} attempt(s) and {Seconds(elapsed)}; classify it as waiting, done or failed, or set PollingOptions.UnknownStateIsWaiting if unknown states mean progress."),
                        decision, value, attempts, elapsed);
            }

            var delay = cap * random.NextDouble();
            cap = TimeSpan.FromTicks((long)Math.Min(options.MaxDelay.Ticks, cap.Ticks * options.Multiplier));
            if (options.Deadline is { } total && elapsed + delay >= total)
            {
                progress?.Report(new PollProgress<T>(attempts, elapsed, null, value, decision));
                throw TimedOut(Invariant($"the next probe, due in {Seconds(delay)}, would start past the deadline"), null);
            }

            progress?.Report(new PollProgress<T>(attempts, elapsed, delay, value, decision));
            try
            {
                await Task.Delay(delay, timeProvider, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw TimedOut("the deadline passed during a wait", exception);
            }
        }

        PollTimeoutException TimedOut(string why, Exception? inner)
        {
            var elapsed = timeProvider.GetElapsedTime(start);
            var state = lastDescription is null ? "no probe had finished" : $"the last observed state was {lastDescription}";
            return new PollTimeoutException(
                Invariant($"Polling timed out after {Seconds(elapsed)} of the {Seconds(options.Deadline!.Value)} deadline and {attempts} attempt(s): {state}; {why}. Raise PollingOptions.Deadline if the state is still progressing."),
                lastValue, attempts, elapsed, inner);
        }
    }

    private static string Seconds(TimeSpan time) => Invariant($"{time.TotalSeconds:0.###} s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
