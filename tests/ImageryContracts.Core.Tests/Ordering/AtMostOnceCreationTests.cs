using ImageryContracts.Core.Tests.Polling;
using ImageryContracts.Http;
using ImageryContracts.Ordering;

namespace ImageryContracts.Core.Tests.Ordering;

public sealed class AtMostOnceCreationTests
{
    private static readonly OrderCreationOptions NoWaits = new()
    {
        SettleDelay = TimeSpan.Zero, LookupRetryDelay = TimeSpan.Zero, RateLimitDelay = TimeSpan.Zero, LookupGrace = TimeSpan.Zero,
    };

    private readonly List<string> _vendorOrders = [];
    private int _sends;
    private int _lookups;

    [Fact]
    public async Task A_clean_creation_is_sent_once_and_never_looked_up()
    {
        var result = await CreateAsync(Send(Succeed));

        Assert.Equal(new OrderCreationResult<string>("order-1", "tag icabc", 1, FoundByLookup: false), result);
        Assert.Equal(0, _lookups);
    }

    [Fact]
    public async Task A_lost_answer_is_settled_by_the_lookup_without_sending_again()
    {
        var result = await CreateAsync(Send(CreateThenFail(Timeout())));

        Assert.Equal(new OrderCreationResult<string>("order-1", "tag icabc", 1, FoundByLookup: true), result);
        Assert.Equal(["order-1"], _vendorOrders);
        Assert.Equal(1, _sends);
    }

    [Fact]
    public async Task A_failure_before_creation_is_resent_after_the_lookup_shows_no_order()
    {
        var result = await CreateAsync(Send(Fail(Status(503)), Succeed));

        Assert.Equal(new OrderCreationResult<string>("order-1", "tag icabc", 2, FoundByLookup: false), result);
        Assert.Equal(["order-1"], _vendorOrders);
        Assert.Equal(1, _lookups);
    }

    [Fact]
    public async Task A_refusal_ends_at_once_without_a_lookup_or_a_resend()
    {
        var refusal = await Assert.ThrowsAsync<ImageryApiException>(() => CreateAsync(Send(Fail(Status(400)))));

        Assert.Equal(400, refusal.StatusCode);
        Assert.Equal(1, _sends);
        Assert.Equal(0, _lookups);
    }

    [Fact]
    public async Task Rate_limiting_waits_as_the_vendor_says_then_resends_without_a_lookup()
    {
        var time = new ObservedTimeProvider();
        var limited = new ImageryApiException("HTTP 429", null)
        {
            Kind = ImageryFailureKind.ErrorStatus, Vendor = "Vendor", Operation = "createOrder", StatusCode = 429, RetryAfter = TimeSpan.FromSeconds(30),
        };

        var creation = CreateAsync(Send(Fail(limited), Succeed), NoWaits with { RateLimitDelay = TimeSpan.FromDays(1) }, time);
        await time.NextTimerCreatedAsync();
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(creation.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("order-1", (await creation).Order);
        Assert.Equal(0, _lookups);
    }

    [Fact]
    public async Task When_every_attempt_fails_before_creation_the_last_failure_is_thrown_and_nothing_exists()
    {
        var failure = await Assert.ThrowsAsync<ImageryApiException>(() => CreateAsync(Send(Fail(Status(503))), NoWaits with { MaxSendAttempts = 3 }));

        Assert.Equal(503, failure.StatusCode);
        Assert.Equal(3, _sends);
        Assert.Equal(3, _lookups);
        Assert.Empty(_vendorOrders);
    }

    [Fact]
    public async Task An_unreadable_order_list_leaves_the_outcome_unknown_and_nothing_is_resent()
    {
        Func<CancellationToken, Task<string?>> brokenList = _ =>
        {
            _lookups++;
            throw Status(403);
        };

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => AtMostOnceCreation.CreateAsync(
            "tag icabc", Send(CreateThenFail(Timeout())), brokenList, NoWaits));

        Assert.Equal(1, _sends);
        Assert.Equal(1, _lookups);
        Assert.Equal("tag icabc", unknown.OrderReference);
        Assert.Contains("look for tag icabc in the vendor's order list before ordering again", unknown.Message);
    }

    [Fact]
    public async Task A_transiently_failing_lookup_is_retried_until_it_answers()
    {
        var failuresLeft = 2;
        Func<CancellationToken, Task<string?>> flakyList = cancellationToken =>
            failuresLeft-- > 0 ? throw Status(503) : FindCreated(cancellationToken);

        var result = await AtMostOnceCreation.CreateAsync("tag icabc", Send(CreateThenFail(Timeout())), flakyList, NoWaits);

        Assert.True(result.FoundByLookup);
        Assert.Equal(-1, failuresLeft);
        Assert.Equal(1, _sends);
    }

    [Fact]
    public async Task A_list_that_lags_behind_the_creation_is_read_again_over_the_grace_period_and_nothing_is_resent()
    {
        var hiddenReads = 3;
        Func<CancellationToken, Task<string?>> laggingList = cancellationToken =>
            hiddenReads-- > 0 ? Task.FromResult<string?>(null) : FindCreated(cancellationToken);

        var result = await AtMostOnceCreation.CreateAsync(
            "tag icabc", Send(CreateThenFail(Timeout()), Succeed), laggingList, NoWaits with { LookupGrace = TimeSpan.FromSeconds(30) });

        Assert.True(result.FoundByLookup);
        Assert.Equal(1, _sends);
        Assert.Equal(["order-1"], _vendorOrders);
    }

    [Fact]
    public async Task An_order_absent_for_the_whole_grace_period_is_sent_again()
    {
        var time = new ObservedTimeProvider();
        var creation = CreateAsync(Send(Fail(Status(503)), Succeed), NoWaits with { LookupGrace = TimeSpan.FromSeconds(10), LookupRetryDelay = TimeSpan.FromSeconds(4) }, time);
        for (var wait = 0; wait < 3; wait++)
        {
            await time.NextTimerCreatedAsync();
            Assert.Equal(1, _sends);
            time.Advance(TimeSpan.FromSeconds(4));
        }

        Assert.Equal("order-1", (await creation).Order);
        Assert.Equal(2, _sends);
        Assert.Equal(4, _lookups);
    }

    private Task<OrderCreationResult<string>> CreateAsync(
        Func<CancellationToken, Task<string>> send, OrderCreationOptions? options = null, TimeProvider? time = null) =>
        AtMostOnceCreation.CreateAsync("tag icabc", send, FindCreated, options ?? NoWaits, time);

    private Task<string?> FindCreated(CancellationToken cancellationToken)
    {
        _lookups++;
        return Task.FromResult(_vendorOrders.LastOrDefault());
    }

    private Func<CancellationToken, Task<string>> Send(params Func<Task<string>>[] attempts) => _ =>
    {
        var attempt = attempts[Math.Min(_sends, attempts.Length - 1)];
        _sends++;
        return attempt();
    };

    private Task<string> Succeed()
    {
        _vendorOrders.Add($"order-{_vendorOrders.Count + 1}");
        return Task.FromResult(_vendorOrders[^1]);
    }

    private Func<Task<string>> CreateThenFail(ImageryApiException failure) => () =>
    {
        _vendorOrders.Add($"order-{_vendorOrders.Count + 1}");
        return Task.FromException<string>(failure);
    };

    private static Func<Task<string>> Fail(ImageryApiException failure) => () => Task.FromException<string>(failure);

    private static ImageryApiException Status(int status) =>
        new($"HTTP {status}", null) { Kind = ImageryFailureKind.ErrorStatus, Vendor = "Vendor", Operation = "createOrder", StatusCode = status };

    private static ImageryApiException Timeout() =>
        new("timed out", null) { Kind = ImageryFailureKind.Timeout, Vendor = "Vendor", Operation = "createOrder" };
}
