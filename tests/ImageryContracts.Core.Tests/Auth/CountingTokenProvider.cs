using ImageryContracts.Auth;

namespace ImageryContracts.Core.Tests.Auth;

/// <summary>
/// Issues "token-1", "token-2", … with a fixed lifetime and counts the requests. While <see cref="Hold"/> is set the
/// request waits for <see cref="Release"/>, so a test can pile callers up behind one request.
/// </summary>
internal sealed class CountingTokenProvider(TimeProvider time, TimeSpan lifetime, TimeSpan? refreshBeforeExpiry = null)
    : BearerTokenProvider(time, refreshBeforeExpiry)
{
    private TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public bool Hold { get; set; }

    public Exception? FailNextWith { get; set; }

    public TaskCompletionSource RequestStarted { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release()
    {
        Hold = false;
        _gate.TrySetResult();
    }

    /// <summary>Lets the held request finish once it has started, and returns what every caller got.</summary>
    public async Task<string[]> ReleaseWhenRequestedAsync(IEnumerable<Task<string>> callers)
    {
        await RequestStarted.Task;
        Release();
        return await Task.WhenAll(callers);
    }

    protected override async Task<BearerToken> AcquireTokenAsync(CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _requests);
        RequestStarted.TrySetResult();
        if (Hold)
        {
            await _gate.Task;
            _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        if (FailNextWith is { } failure)
        {
            FailNextWith = null;
            throw failure;
        }

        return new BearerToken($"token-{number}", lifetime);
    }
}
