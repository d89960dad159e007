using ImageryContracts.Journal.Tests.Support;
using ImageryContracts.Ordering;

namespace ImageryContracts.Journal.Tests.Recovery;

/// <summary>
/// Journaled creation and recovery on start, run on every store: an intent an earlier attempt left without an answer is
/// looked up before anything is resent, over the grace period, and left unknown when the list cannot be read.
/// </summary>
public abstract class RecoveryContract : IAsyncLifetime
{
    private static readonly TimeSpan DeadLease = TimeSpan.FromMilliseconds(200);

    private static readonly OrderCreationOptions Options = new()
    {
        SettleDelay = TimeSpan.Zero,
        LookupRetryDelay = TimeSpan.FromMilliseconds(20),
        LookupGrace = TimeSpan.FromMilliseconds(300),
        JournalLease = TimeSpan.FromSeconds(30),
    };

    private readonly ScriptedVendor _vendor = new();
    private JournalStore _store = null!;
    private IOrderJournal _journal = null!;

    public Task InitializeAsync()
    {
        _store = CreateStore();
        _journal = _store.Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task The_same_reference_twice_returns_the_recorded_order_without_sending_again()
    {
        var first = await JournaledCreation.CreateAsync(_vendor.Steps("ref-a"), _journal, Options);
        var second = await JournaledCreation.CreateAsync(_vendor.Steps("ref-a"), _store.Open(), Options);

        Assert.Equal((first.Order, false), (second.Order, first.Resumed));
        Assert.True(second.Resumed);
        Assert.Equal(1, _vendor.Sends);
    }

    [Fact]
    public async Task The_same_reference_with_other_content_is_refused_naming_both_fingerprints_and_nothing_is_sent()
    {
        await JournaledCreation.CreateAsync(_vendor.Steps("ref-a"), _journal, Options);

        var refusal = await Assert.ThrowsAsync<ClientReferenceConflictException>(() => JournaledCreation.CreateAsync(_vendor.Steps("ref-a", "sha256:bbbb"), _journal, Options));

        Assert.Equal(("sha256:aaaa", "sha256:bbbb"), (refusal.FirstFingerprint, refusal.RequestedFingerprint));
        Assert.Contains("content sha256:aaaa (fingerprint sha256:aaaa)", refusal.Message);
        Assert.Contains("content sha256:bbbb (fingerprint sha256:bbbb)", refusal.Message);
        Assert.Equal(1, _vendor.Sends);
    }

    [Fact]
    public async Task An_order_created_before_its_sender_died_is_found_and_recorded_not_resent()
    {
        await DieAfterSendingAsync("ref-a");

        var resumed = await JournaledCreation.CreateAsync(_vendor.Steps("ref-a"), _store.Open(), Options);

        Assert.True(resumed.Resumed && resumed.FoundByLookup);
        Assert.Equal(["order-1"], _vendor.OrdersOf("ref-a"));
        Assert.Equal(1, _vendor.Sends);
        Assert.Equal(ClaimOutcome.Settled, (await _journal.ClaimAsync(_vendor.Steps("ref-a").Intent, JournalLease.ForThisProcess(TimeSpan.FromMinutes(1)))).Outcome);
    }

    [Fact]
    public async Task A_list_that_lags_is_read_again_over_the_grace_period_before_anything_is_resent()
    {
        await DieAfterSendingAsync("ref-a");
        _vendor.HiddenLookups = 3;

        var resumed = await JournaledCreation.CreateAsync(_vendor.Steps("ref-a"), _journal, Options);

        Assert.True(resumed.FoundByLookup);
        Assert.Equal(1, _vendor.Sends);
        Assert.Equal(4, _vendor.Lookups);
    }

    [Fact]
    public async Task An_intent_whose_order_never_appears_in_the_grace_period_is_sent_once_more()
    {
        var dead = await _journal.ClaimAsync(_vendor.Steps("ref-a").Intent, new JournalLease("dead-worker", DeadLease));
        Assert.True(dead.IsGranted);
        await Task.Delay(DeadLease * 2);

        var created = await JournaledCreation.CreateAsync(_vendor.Steps("ref-a"), _journal, Options);

        Assert.False(created.Resumed);
        Assert.Equal(["order-1"], _vendor.OrdersOf("ref-a"));
        Assert.True(_vendor.Lookups >= 2, "An empty list was taken as proof after one read.");
    }

    [Fact]
    public async Task An_unreadable_list_leaves_the_intent_unknown_and_nothing_is_resent_until_it_can_be_read()
    {
        await DieAfterSendingAsync("ref-a");
        _vendor.ListBroken = true;

        var unknown = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => JournaledCreation.CreateAsync(_vendor.Steps("ref-a"), _journal, Options));

        Assert.Contains("keeps the intent as 'unknown'", unknown.Message);
        Assert.Equal([("ref-a", OrderIntentState.Unknown)], (await _journal.ListUnsettledAsync("Vendor")).Select(entry => (entry.Reference, entry.State)));
        _vendor.ListBroken = false;
        var settled = await JournaledCreation.CreateAsync(_vendor.Steps("ref-a"), _journal, Options);
        Assert.Equal("order-1", settled.Order);
        Assert.Equal(1, _vendor.Sends);
    }

    [Fact]
    public async Task Recovery_on_start_settles_what_it_can_find_and_reports_the_rest()
    {
        await DieAfterSendingAsync("ref-found");
        var neverSent = await _journal.ClaimAsync(_vendor.Steps("ref-lost").Intent, new JournalLease("dead-worker", DeadLease));
        Assert.True(neverSent.IsGranted);
        await Task.Delay(DeadLease * 2);

        var report = await JournalRecovery.RecoverAsync(_store.Open(), "Vendor", (entry, _) => _vendor.Find(entry.Reference), contentIdentifiesOrder: false, Options);

        Assert.Equal(
            [("ref-found", OrderIntentState.Placed, "order-1"), ("ref-lost", OrderIntentState.Pending, (string?)null)],
            report.Select(line => (line.Reference, line.State, line.Answer)));
        Assert.Equal(1, _vendor.Sends);
        Assert.Equal([("ref-lost", OrderIntentState.Pending)], (await _journal.ListUnsettledAsync("Vendor")).Select(entry => (entry.Reference, entry.State)));
    }

    [Fact]
    public async Task A_slow_creation_keeps_its_claim_by_renewal_so_no_other_worker_takes_it_over()
    {
        var options = Options with { JournalLease = TimeSpan.FromMilliseconds(600), LookupGrace = TimeSpan.Zero };
        ClaimOutcome? seenByOther = null;
        var created = await JournaledCreation.CreateAsync(
            _vendor.Steps("ref-a", duringSend: async () =>
            {
                await Task.Delay(1500);
                seenByOther = (await _store.Open().ClaimAsync(_vendor.Steps("ref-a").Intent, JournalLease.ForThisProcess(TimeSpan.FromMinutes(1)))).Outcome;
            }),
            _journal,
            options);

        Assert.Equal(ClaimOutcome.Busy, seenByOther);
        Assert.Equal("order-1", created.Order);
        Assert.Equal(1, _vendor.Sends);
    }

    private protected abstract JournalStore CreateStore();

    /// <summary>A worker claims the intent, its request reaches the vendor, and it dies before recording the answer; its lease then lapses.</summary>
    private async Task DieAfterSendingAsync(string reference)
    {
        var claim = await _journal.ClaimAsync(_vendor.Steps(reference).Intent, new JournalLease("dead-worker", DeadLease));
        Assert.True(claim.IsGranted);
        _vendor.Create(reference);
        await Task.Delay(DeadLease * 2);
    }
}

public sealed class SqliteRecoveryTests : RecoveryContract
{
    private protected override JournalStore CreateStore() => new JournalStore.Sqlite();
}

[Collection(Stores.PostgreSqlCollection.Name)]
public sealed class PostgreSqlRecoveryTests(PostgreSqlTestDatabase database) : RecoveryContract
{
    private protected override JournalStore CreateStore() => new JournalStore.PostgreSql(database);
}
