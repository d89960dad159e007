using Microsoft.Extensions.Time.Testing;

namespace ImageryContracts.Core.Tests.Polling;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells the test when code under test has started a timer, so the test advances
/// time only once the poll loop is parked on its wait: without it, an <c>Advance</c> that lands before the timer exists
/// would be lost and the test would depend on thread scheduling.
/// </summary>
internal sealed class ObservedTimeProvider : FakeTimeProvider
{
    private readonly SemaphoreSlim _timersCreated = new(0);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timersCreated.Release();
        return timer;
    }

    /// <summary>Completes when the next timer (in creation order) has been created.</summary>
    public Task NextTimerCreatedAsync() => _timersCreated.WaitAsync(TimeSpan.FromMinutes(1)).ContinueWith(
        created => Assert.True(created.Result, "No timer was created within a minute of real time: the loop is stuck."),
        TaskScheduler.Default);
}
