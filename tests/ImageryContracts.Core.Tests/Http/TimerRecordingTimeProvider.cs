using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace ImageryContracts.Core.Tests.Http;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells the test each timer the code under test sets and how long it is set for
/// (a timeout, a retry's wait), so the test advances time only once the pipeline is parked on that timer. Timers set
/// again later count too: Polly reuses pooled cancellation sources and re-arms their timers.
/// </summary>
internal sealed class TimerRecordingTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _armed = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Armed(dueTime);
        return new RecordingTimer(base.CreateTimer(callback, state, dueTime, period), this);
    }

    /// <summary>Completes when a timer has been set for <paramref name="dueTime"/>, skipping others.</summary>
    public async Task TimerStartedAsync(TimeSpan dueTime)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await _armed.Reader.ReadAsync(limit.Token) != dueTime)
        {
        }
    }

    private void Armed(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _armed.Writer.TryWrite(dueTime);
        }
    }

    private sealed class RecordingTimer(ITimer timer, TimerRecordingTimeProvider time) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = timer.Change(dueTime, period);
            time.Armed(dueTime);
            return changed;
        }

        public void Dispose() => timer.Dispose();

        public ValueTask DisposeAsync() => timer.DisposeAsync();
    }
}
