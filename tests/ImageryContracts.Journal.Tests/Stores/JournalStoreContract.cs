using ImageryContracts.Journal.Tests.Support;

namespace ImageryContracts.Journal.Tests.Stores;

/// <summary>What every store must do, run against real SQLite files and a real PostgreSQL.</summary>
public abstract class JournalStoreContract : IAsyncLifetime
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(400);

    private JournalStore _store = null!;

    protected IOrderJournal Journal { get; private set; } = null!;

    public Task InitializeAsync()
    {
        _store = CreateStore();
        Journal = _store.Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_new_reference_is_recorded_pending_and_claimed_with_token_one()
    {
        var claim = await Journal.ClaimAsync(Intent("ref-a"), Lease("worker-1"));

        Assert.Equal(ClaimOutcome.New, claim.Outcome);
        Assert.Equal((OrderIntentState.Pending, 1L, "worker-1"), (claim.Entry.State, claim.Entry.Token, claim.Entry.LeaseOwner));
        Assert.Equal(("sha256:aaaa", "content a"), (claim.Entry.Fingerprint, claim.Entry.Content));
        Assert.True(claim.Entry.LeaseExpiresAt > DateTimeOffset.UtcNow.AddMinutes(4));
    }

    [Fact]
    public async Task A_live_claim_makes_every_other_claimer_busy_and_shows_who_holds_it()
    {
        await Journal.ClaimAsync(Intent("ref-a"), Lease("worker-1"));

        var second = await _store.Open().ClaimAsync(Intent("ref-a"), Lease("worker-2"));

        Assert.Equal(ClaimOutcome.Busy, second.Outcome);
        Assert.Equal("worker-1", second.Entry.LeaseOwner);
    }

    [Fact]
    public async Task A_recorded_answer_is_settled_for_every_later_claim()
    {
        var claim = await Journal.ClaimAsync(Intent("ref-a"), Lease("worker-1"));
        Assert.True(await Journal.RecordAsync(claim, new IntentRecord(OrderIntentState.Placed, Answer: "order-1")));

        var again = await _store.Open().ClaimAsync(Intent("ref-a"), Lease("worker-2"));

        Assert.Equal(ClaimOutcome.Settled, again.Outcome);
        Assert.Equal(("order-1", (string?)null), (again.Entry.Answer, again.Entry.LeaseOwner));
    }

    [Fact]
    public async Task The_same_reference_with_another_fingerprint_is_a_mismatch_that_names_the_first_content()
    {
        await Journal.ClaimAsync(Intent("ref-a"), Lease("worker-1"));

        var other = await Journal.ClaimAsync(Intent("ref-a") with { Fingerprint = "sha256:bbbb", Content = "content b" }, Lease("worker-2"));

        Assert.Equal(ClaimOutcome.Mismatch, other.Outcome);
        Assert.Equal(("sha256:aaaa", "content a"), (other.Entry.Fingerprint, other.Entry.Content));
    }

    [Fact]
    public async Task An_expired_lease_is_taken_over_with_a_new_token_and_fences_out_the_old_holder()
    {
        var dead = await Journal.ClaimAsync(Intent("ref-a"), new JournalLease("worker-1", Short));
        await Task.Delay(Short * 2);

        var taker = await _store.Open().ClaimAsync(Intent("ref-a"), Lease("worker-2"));

        Assert.Equal(ClaimOutcome.Unsettled, taker.Outcome);
        Assert.Equal((2L, "worker-2"), (taker.Entry.Token, taker.Entry.LeaseOwner));
        Assert.False(await Journal.RenewAsync(dead));
        Assert.False(await Journal.RecordAsync(dead, new IntentRecord(OrderIntentState.Placed, Answer: "stale")));
        Assert.True(await Journal.RecordAsync(taker, new IntentRecord(OrderIntentState.Placed, Answer: "order-1")));
        Assert.Equal("order-1", (await Journal.ClaimAsync(Intent("ref-a"), Lease("worker-3"))).Entry.Answer);
    }

    [Fact]
    public async Task Renewing_keeps_a_claim_alive_past_its_first_lease()
    {
        var holder = await Journal.ClaimAsync(Intent("ref-a"), new JournalLease("worker-1", Short));
        for (var renewal = 0; renewal < 4; renewal++)
        {
            await Task.Delay(Short / 3);
            Assert.True(await Journal.RenewAsync(holder));
        }

        Assert.Equal(ClaimOutcome.Busy, (await _store.Open().ClaimAsync(Intent("ref-a"), Lease("worker-2"))).Outcome);
    }

    [Fact]
    public async Task A_refused_intent_may_be_claimed_as_new_again_and_its_old_baseline_is_dropped()
    {
        var claim = await Journal.ClaimAsync(Intent("ref-a"), Lease("worker-1"));
        await Journal.RecordAsync(claim, new IntentRecord(OrderIntentState.Pending, Baseline: "old-1", KeepLease: true));
        await Journal.RecordAsync(claim, new IntentRecord(OrderIntentState.Refused, Failure: "HTTP 400"));

        var again = await Journal.ClaimAsync(Intent("ref-a"), Lease("worker-2"));

        Assert.Equal(ClaimOutcome.New, again.Outcome);
        Assert.Equal((OrderIntentState.Pending, (string?)null, 2L), (again.Entry.State, again.Entry.Baseline, again.Entry.Token));
    }

    [Fact]
    public async Task Content_identified_intents_with_the_same_fingerprint_are_placed_one_at_a_time()
    {
        var first = await Journal.ClaimAsync(Intent("ref-a", byContent: true), Lease("worker-1"));

        var blocked = await _store.Open().ClaimAsync(Intent("ref-b", byContent: true), Lease("worker-2"));
        await Journal.RecordAsync(first, new IntentRecord(OrderIntentState.Placed, Answer: "order-1"));
        var free = await _store.Open().ClaimAsync(Intent("ref-b", byContent: true), Lease("worker-2"));

        Assert.Equal((ClaimOutcome.Busy, "ref-a"), (blocked.Outcome, blocked.Entry.Reference));
        Assert.Equal(ClaimOutcome.New, free.Outcome);
        Assert.Equal(["ref-a", "ref-b"], (await Journal.ListSameContentAsync("Vendor", "sha256:aaaa")).Select(entry => entry.Reference));
    }

    [Fact]
    public async Task Unsettled_lists_pending_and_unknown_intents_only()
    {
        foreach (var (reference, state) in new[] { ("ref-a", OrderIntentState.Pending), ("ref-b", OrderIntentState.Unknown), ("ref-c", OrderIntentState.Placed), ("ref-d", OrderIntentState.Refused) })
        {
            var claim = await Journal.ClaimAsync(Intent(reference), Lease("worker-1"));
            await Journal.RecordAsync(claim, new IntentRecord(state, Answer: state == OrderIntentState.Placed ? "order" : null));
        }

        var unsettled = await Journal.ListUnsettledAsync("Vendor");

        Assert.Equal([("ref-a", OrderIntentState.Pending), ("ref-b", OrderIntentState.Unknown)], unsettled.Select(entry => (entry.Reference, entry.State)));
        Assert.Empty(await Journal.ListUnsettledAsync("OtherVendor"));
    }

    [Fact]
    public async Task Of_many_handles_claiming_one_new_reference_at_once_exactly_one_is_granted()
    {
        var handles = Enumerable.Range(0, 8).Select(_ => _store.Open()).ToList();

        var claims = await Task.WhenAll(handles.Select((handle, index) => Task.Run(() => handle.ClaimAsync(Intent("ref-race"), Lease($"worker-{index}")))));

        Assert.Single(claims, claim => claim.IsGranted);
        Assert.All(claims.Where(claim => !claim.IsGranted), claim => Assert.Equal(ClaimOutcome.Busy, claim.Outcome));
    }

    private protected abstract JournalStore CreateStore();

    private static OrderIntent Intent(string reference, bool byContent = false) =>
        new("Vendor", reference, "sha256:aaaa", "content a", byContent);

    private static JournalLease Lease(string owner) => new(owner, Long);
}
