using ImageryContracts.Polling;
namespace ImageryContracts.Core.Tests.Polling;

/// <summary>
/// Time moves only when a test moves it: <see cref="RunToEnd{T}"/> waits until the poll loop has started its next
/// timer, then advances the fake clock by exactly the wait the loop reported.
/// </summary>
public sealed class PollerTests
{
    private static readonly Func<string, PollDecision> OrderStatus =
        PollClassifier.ByState<string, string>(s => s, waiting: ["ordered"], done: ["delivered"], failed: ["error", "rejected"]);

    private readonly ObservedTimeProvider _time = new();
    private readonly RecordingProgress<string> _progress = new();

    private static PollingOptions Options(double jitter = 0.5) => new()
    {
        InitialDelay = TimeSpan.FromSeconds(2),
        MaxDelay = TimeSpan.FromSeconds(30),
        Multiplier = 2,
        Deadline = TimeSpan.FromMinutes(10),
        Random = new FixedRandom(jitter),
    };

    private Task<PollResult<string>> Poll(ScriptedProbe probe, PollingOptions options, CancellationToken cancellationToken = default) =>
        Poller.PollAsync(probe.ProbeAsync, OrderStatus, options, _time, _progress, cancellationToken: cancellationToken);

    private Task<T> RunToEnd<T>(Task<T> polling) => RunToEnd(polling, _time, _progress);

    private static async Task<T> RunToEnd<T>(Task<T> polling, ObservedTimeProvider time, RecordingProgress<string> progress)
    {
        // The first timer is the deadline's.
        await time.NextTimerCreatedAsync();
        for (var step = 0; ; step++)
        {
            Assert.True(step < 100, "The poll loop did not finish within 100 waits.");
            if (await Task.WhenAny(polling, time.NextTimerCreatedAsync()) == polling)
            {
                return await polling;
            }

            time.Advance(progress.Reports[^1].NextDelay!.Value);
        }
    }

    [Fact]
    public async Task Returns_the_done_value_after_waiting_with_exponential_backoff_capped_at_the_max()
    {
        var probe = new ScriptedProbe("ordered", "ordered", "ordered", "ordered", "ordered", "ordered", "delivered");

        var result = await RunToEnd(Poll(probe, Options(jitter: 0.5)));

        Assert.Equal("delivered", result.Value);
        Assert.Equal(7, result.Attempts);
        // Caps 2, 4, 8, 16, 30, 30 s; full jitter drawing 0.5 waits half of each.
        Assert.Equal(
            [1, 2, 4, 8, 15, 15],
            _progress.Reports.Where(r => r.NextDelay is not null).Select(r => r.NextDelay!.Value.TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(45), result.Elapsed);
    }

    [Fact]
    public async Task Reports_every_attempt_with_elapsed_time_next_delay_and_last_value()
    {
        var probe = new ScriptedProbe("ordered", "ordered", "delivered");

        await RunToEnd(Poll(probe, Options()));

        Assert.Equal(
            [
                new PollProgress<string>(1, TimeSpan.Zero, TimeSpan.FromSeconds(1), "ordered", PollDecision.KeepWaiting),
                new PollProgress<string>(2, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), "ordered", PollDecision.KeepWaiting),
                new PollProgress<string>(3, TimeSpan.FromSeconds(3), null, "delivered", PollDecision.Done),
            ],
            _progress.Reports);
    }

    [Fact]
    public async Task Full_jitter_draws_each_wait_below_its_cap_and_a_seed_reproduces_the_waits()
    {
        async Task<double[]> Waits(int seed)
        {
            var progress = new RecordingProgress<string>();
            var time = new ObservedTimeProvider();
            await RunToEnd(
                Poller.PollAsync(
                    new ScriptedProbe(Enumerable.Repeat("ordered", 12).Append("delivered").ToArray()).ProbeAsync,
                    OrderStatus, Options() with { Random = new Random(seed) }, time, progress),
                time,
                progress);
            return progress.Reports.Where(r => r.NextDelay is not null).Select(r => r.NextDelay!.Value.TotalSeconds).ToArray();
        }

        var first = await Waits(seed: 42);

        Assert.Equal(first, await Waits(seed: 42));
        Assert.NotEqual(first, await Waits(seed: 43));
        double[] caps = [2, 4, 8, 16, 30, 30, 30, 30, 30, 30, 30, 30];
        Assert.All(first.Zip(caps), pair => Assert.InRange(pair.First, 0, pair.Second));
        Assert.True(first.Distinct().Count() > 6, "Full jitter spreads the waits rather than repeating the cap.");
    }

    [Fact]
    public async Task A_failed_state_stops_polling_with_the_state_in_the_message()
    {
        var probe = new ScriptedProbe("ordered", "rejected");

        var exception = await Assert.ThrowsAsync<PollFailedException>(() => RunToEnd(Poll(probe, Options())));

        Assert.Equal(PollDecision.Failed, exception.Decision);
        Assert.Equal("rejected", exception.LastValue);
        Assert.Equal(2, exception.Attempts);
        Assert.Equal("Polling stopped on the failed state rejected after 2 attempt(s) and 1 s.", exception.Message);
        Assert.Equal(PollDecision.Failed, _progress.Reports[^1].Decision);
    }

    [Fact]
    public async Task An_unknown_state_stops_polling_instead_of_waiting_forever()
    {
        // up42-py's Order.track() polls PLACEMENT_FAILED forever because it waits on any state it does not know.
        var probe = new ScriptedProbe("ordered", "PLACEMENT_FAILED", "delivered");

        var exception = await Assert.ThrowsAsync<PollFailedException>(() => RunToEnd(Poll(probe, Options())));

        Assert.Equal(PollDecision.Unknown, exception.Decision);
        Assert.Equal(2, probe.Calls);
        Assert.StartsWith(
            "Polling stopped on the state PLACEMENT_FAILED, which the classifier does not recognise, after 2 attempt(s) and 1 s; classify it",
            exception.Message);
    }

    [Fact]
    public async Task An_unknown_state_is_waited_on_when_the_caller_says_so()
    {
        var probe = new ScriptedProbe("ordered", "queued-for-tasking", "delivered");

        var result = await RunToEnd(Poll(probe, Options() with { UnknownStateIsWaiting = true }));

        Assert.Equal("delivered", result.Value);
        Assert.Equal(PollDecision.Unknown, _progress.Reports[1].Decision);
    }

    [Fact]
    public async Task The_deadline_throws_a_TimeoutException_naming_the_last_state_and_the_elapsed_time()
    {
        var probe = new ScriptedProbe("ordered");
        var options = Options(jitter: 0.999) with { Deadline = TimeSpan.FromSeconds(60) };

        var exception = await Assert.ThrowsAnyAsync<TimeoutException>(() => RunToEnd(Poll(probe, options)));

        // Waits of 1.998, 3.996, 7.992, 15.984, 29.97 s reach 59.94 s; the next 29.97 s would end past 60 s.
        var timeout = Assert.IsType<PollTimeoutException>(exception);
        Assert.Equal(6, timeout.Attempts);
        Assert.Equal("ordered", timeout.LastValue);
        Assert.Equal(
            "Polling timed out after 59.94 s of the 60 s deadline and 6 attempt(s): the last observed state was ordered; the next probe, due in 29.97 s, would start past the deadline. Raise PollingOptions.Deadline if the state is still progressing.",
            timeout.Message);
        Assert.Null(_progress.Reports[^1].NextDelay);
    }

    [Fact]
    public async Task The_deadline_cancels_a_probe_that_hangs()
    {
        var polling = Poller.PollAsync(
            async cancellationToken =>
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                return "unreachable";
            },
            OrderStatus,
            Options() with { Deadline = TimeSpan.FromSeconds(30) },
            _time);
        await _time.NextTimerCreatedAsync();

        _time.Advance(TimeSpan.FromSeconds(30));

        var exception = await Assert.ThrowsAsync<PollTimeoutException>(() => polling);
        Assert.Equal(0, exception.Attempts);
        Assert.Contains("no probe had finished; a probe was still running at the deadline", exception.Message);
        Assert.IsAssignableFrom<OperationCanceledException>(exception.InnerException);
    }

    [Fact]
    public async Task The_callers_cancellation_stops_a_wait_and_is_not_a_timeout()
    {
        using var cancellation = new CancellationTokenSource();
        var polling = Poll(new ScriptedProbe("ordered"), Options(), cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => polling);
    }

    [Fact]
    public void Options_out_of_range_are_refused_with_the_value_and_the_range()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => (Options() with { MaxDelay = TimeSpan.FromSeconds(1) }).Validate());

        Assert.Equal("MaxDelay", exception.ParamName);
        Assert.Contains("MaxDelay must be at least InitialDelay (00:00:02)", exception.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => (Options() with { Multiplier = 0.5 }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (Options() with { Deadline = TimeSpan.Zero }).Validate());
    }
}
