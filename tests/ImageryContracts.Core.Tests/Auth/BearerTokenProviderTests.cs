using ImageryContracts.Auth;
using Microsoft.Extensions.Time.Testing;

namespace ImageryContracts.Core.Tests.Auth;

public sealed class BearerTokenProviderTests
{
    private static readonly TimeSpan OneHour = TimeSpan.FromHours(1);

    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Caches_the_token_between_calls()
    {
        var provider = new CountingTokenProvider(_time, OneHour);

        Assert.Equal("token-1", await provider.GetTokenAsync());
        Assert.Equal("token-1", await provider.GetTokenAsync());
        Assert.Equal(1, provider.Requests);
    }

    [Fact]
    public async Task Fifty_callers_waiting_at_once_share_one_token_request()
    {
        var provider = new CountingTokenProvider(_time, OneHour) { Hold = true };

        var callers = Enumerable.Range(0, 50).Select(_ => provider.GetTokenAsync().AsTask()).ToArray();
        Assert.All(callers, caller => Assert.False(caller.IsCompleted));
        var tokens = await provider.ReleaseWhenRequestedAsync(callers);

        Assert.Equal(1, provider.Requests);
        Assert.All(tokens, token => Assert.Equal("token-1", token));
    }

    [Fact]
    public async Task Fifty_callers_on_the_thread_pool_make_one_token_request()
    {
        var provider = new CountingTokenProvider(_time, OneHour) { Hold = true };
        // Released together without blocking pool threads (a Barrier would starve a 2-core pool).
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var callers = Enumerable.Range(0, 50)
            .Select(_ => Task.Run(async () =>
            {
                await start.Task;
                return await provider.GetTokenAsync();
            }))
            .ToArray();
        start.SetResult();
        var tokens = await provider.ReleaseWhenRequestedAsync(callers);

        Assert.Equal(1, provider.Requests);
        Assert.All(tokens, token => Assert.Equal("token-1", token));
    }

    [Fact]
    public async Task Refreshes_once_shortly_before_expiry_however_many_callers_ask()
    {
        var provider = new CountingTokenProvider(_time, OneHour);
        await provider.GetTokenAsync();

        // A one-hour token is refreshed 60 s before it expires (10 % of its lifetime would be 6 min: capped at 60 s).
        _time.Advance(OneHour - TimeSpan.FromSeconds(61));
        Assert.Equal("token-1", await provider.GetTokenAsync());
        _time.Advance(TimeSpan.FromSeconds(1));
        provider.Hold = true;
        var tokens = await provider.ReleaseWhenRequestedAsync(Enumerable.Range(0, 50).Select(_ => provider.GetTokenAsync().AsTask()).ToArray());

        Assert.All(tokens, token => Assert.Equal("token-2", token));
        Assert.Equal(2, provider.Requests);
        Assert.Equal("token-2", await provider.GetTokenAsync());
    }

    [Theory]
    [InlineData(300, 269, 270)]   // 5 min token: 10 % = 30 s
    [InlineData(30, 26, 27)]      // 30 s token: 10 % = 3 s, not 60 s (which would refresh on every call)
    [InlineData(86400, 86339, 86340)] // 1 day token: capped at 60 s
    public async Task Default_refresh_margin_is_ten_percent_of_the_lifetime_at_most_60_seconds(int lifetimeSeconds, int stillCachedAt, int refreshedAt)
    {
        var provider = new CountingTokenProvider(_time, TimeSpan.FromSeconds(lifetimeSeconds));
        await provider.GetTokenAsync();

        await AssertStillCachedThenRefreshed(provider, TimeSpan.FromSeconds(stillCachedAt), TimeSpan.FromSeconds(refreshedAt - stillCachedAt));
    }

    [Fact]
    public async Task An_explicit_refresh_margin_is_honoured()
    {
        var provider = new CountingTokenProvider(_time, OneHour, refreshBeforeExpiry: TimeSpan.FromMinutes(10));
        await provider.GetTokenAsync();

        await AssertStillCachedThenRefreshed(provider, TimeSpan.FromMinutes(49), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Expiry_counts_from_when_the_token_was_requested()
    {
        var provider = new CountingTokenProvider(_time, TimeSpan.FromSeconds(100)) { Hold = true };
        var first = provider.GetTokenAsync().AsTask();
        await provider.RequestStarted.Task;
        _time.Advance(TimeSpan.FromSeconds(20)); // a slow token endpoint
        provider.Release();
        await first;

        // Requested at 0 s with a 100 s lifetime and a 10 s margin: due for refresh at 90 s, not at 110 s.
        await AssertStillCachedThenRefreshed(provider, TimeSpan.FromSeconds(69), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Invalidating_the_current_token_after_a_401_forces_one_refresh()
    {
        var provider = new CountingTokenProvider(_time, OneHour);
        var rejected = await provider.GetTokenAsync();

        // Ten requests carried the same token and all got 401: only the first invalidation drops it.
        var dropped = Enumerable.Range(0, 10).Select(_ => provider.Invalidate(rejected)).ToArray();
        var fresh = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => provider.GetTokenAsync().AsTask()));

        Assert.Equal([true, false, false, false, false, false, false, false, false, false], dropped);
        Assert.All(fresh, token => Assert.Equal("token-2", token));
        Assert.Equal(2, provider.Requests);
    }

    [Fact]
    public async Task Invalidating_a_token_that_was_already_replaced_keeps_the_fresh_one()
    {
        var provider = new CountingTokenProvider(_time, OneHour);
        var old = await provider.GetTokenAsync();
        provider.Invalidate(old);
        var fresh = await provider.GetTokenAsync();

        Assert.False(provider.Invalidate(old));
        Assert.Equal(fresh, await provider.GetTokenAsync());
        Assert.Equal(2, provider.Requests);
    }

    [Fact]
    public async Task A_failed_request_reaches_every_waiter_and_is_not_cached()
    {
        var provider = new CountingTokenProvider(_time, OneHour) { Hold = true, FailNextWith = new HttpRequestException("token endpoint down") };

        var callers = Enumerable.Range(0, 5).Select(_ => provider.GetTokenAsync().AsTask()).ToArray();
        await provider.RequestStarted.Task;
        provider.Release();

        foreach (var caller in callers)
        {
            Assert.Equal("token endpoint down", (await Assert.ThrowsAsync<HttpRequestException>(() => caller)).Message);
        }

        Assert.Equal("token-2", await provider.GetTokenAsync());
        Assert.Equal(2, provider.Requests);
    }

    [Fact]
    public async Task One_callers_cancellation_ends_only_its_own_wait()
    {
        var provider = new CountingTokenProvider(_time, OneHour) { Hold = true };
        using var cancellation = new CancellationTokenSource();
        var impatient = provider.GetTokenAsync(cancellation.Token).AsTask();
        var patient = provider.GetTokenAsync().AsTask();
        await provider.RequestStarted.Task;

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        provider.Release();

        Assert.Equal("token-1", await patient);
        Assert.Equal(1, provider.Requests);
    }

    [Fact]
    public async Task A_token_with_no_lifetime_is_refused_without_showing_the_token()
    {
        var provider = new FixedTokenProvider(new BearerToken("s3cr3t-value", TimeSpan.Zero));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetTokenAsync().AsTask());

        Assert.Equal(
            "FixedTokenProvider.AcquireTokenAsync returned a lifetime of 00:00:00; a token must live longer than zero (check the unit of expires_in: seconds).",
            exception.Message);
    }

    [Fact]
    public async Task An_empty_token_is_refused()
    {
        var provider = new FixedTokenProvider(new BearerToken("", OneHour));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetTokenAsync().AsTask());

        Assert.Contains("returned no access token", exception.Message);
    }

    [Fact]
    public void The_token_record_never_prints_its_value()
    {
        var token = new BearerToken("s3cr3t-value", OneHour);

        Assert.DoesNotContain("s3cr3t", token.ToString());
        Assert.DoesNotContain("s3cr3t", $"{token}");
        Assert.Equal("BearerToken { AccessToken = <redacted>, ExpiresIn = 01:00:00 }", token.ToString());
    }

    private async Task AssertStillCachedThenRefreshed(CountingTokenProvider provider, TimeSpan stillCachedAfter, TimeSpan refreshedAfterMore)
    {
        _time.Advance(stillCachedAfter);
        Assert.Equal("token-1", await provider.GetTokenAsync());
        _time.Advance(refreshedAfterMore);
        Assert.Equal("token-2", await provider.GetTokenAsync());
        Assert.Equal(2, provider.Requests);
    }

    private sealed class FixedTokenProvider(BearerToken token) : BearerTokenProvider
    {
        protected override Task<BearerToken> AcquireTokenAsync(CancellationToken cancellationToken) => Task.FromResult(token);
    }
}
