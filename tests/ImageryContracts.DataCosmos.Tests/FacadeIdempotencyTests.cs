using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Journal;
using ImageryContracts.Ordering;
using ImageryContracts.Testing.DataCosmos;
using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>
/// A client reference is an idempotency key on DataCosmos too, although its orders carry no reference: the journal
/// keeps the reference with the content fingerprint; without it, an order with the same content is the reference's.
/// Checkouts are journaled, so an order is paid once across restarts.
/// </summary>
public sealed class FacadeIdempotencyTests : IDisposable
{
    private readonly string _journal = Path.Combine(Path.GetTempPath(), $"imagery-datacosmos-{Guid.NewGuid():N}", "orders.db");

    public static TheoryData<bool> WithAndWithoutJournal => [true, false];

    [Theory]
    [MemberData(nameof(WithAndWithoutJournal))]
    public async Task The_same_reference_twice_and_after_a_restart_returns_the_first_order(bool journaled)
    {
        await using var harness = await StartAsync(journaled);
        var reference = ClientReference.FromJobKey("job-42");

        var first = await harness.Ordering.PlaceOrderAsync([FacadeHarness.LineItem(DataCosmosCatalogueItem.Mantis)], reference);
        var again = await harness.Ordering.PlaceOrderAsync([FacadeHarness.LineItem(DataCosmosCatalogueItem.Mantis)], reference);
        var restarted = await harness.Restarted().PlaceOrderAsync([FacadeHarness.LineItem(DataCosmosCatalogueItem.Mantis)], reference);

        Assert.Equal([first.Order.Id, first.Order.Id], new[] { again.Order.Id, restarted.Order.Id });
        Assert.True(again.Resumed && restarted.Resumed);
        Assert.Single(harness.Simulator.Ledger());
    }

    [Fact]
    public async Task Another_reference_with_the_same_content_gets_its_own_order_with_a_journal()
    {
        await using var harness = await StartAsync(journaled: true);

        var first = await harness.Ordering.PlaceOrderAsync([FacadeHarness.LineItem(DataCosmosCatalogueItem.Mantis)], ClientReference.FromJobKey("job-1"));
        var second = await harness.Restarted().PlaceOrderAsync([FacadeHarness.LineItem(DataCosmosCatalogueItem.Mantis)], ClientReference.FromJobKey("job-2"));

        Assert.NotEqual(first.Order.Id, second.Order.Id);
        Assert.Equal(2, harness.Simulator.Ledger().Count);
    }

    [Fact]
    public async Task The_same_reference_with_other_content_is_refused_naming_both_and_nothing_is_sent()
    {
        await using var harness = await StartAsync(journaled: true);
        var reference = ClientReference.FromJobKey("job-42");
        await harness.Ordering.PlaceOrderAsync([FacadeHarness.LineItem(DataCosmosCatalogueItem.Mantis)], reference);

        var refusal = await Assert.ThrowsAsync<ClientReferenceConflictException>(() =>
            harness.Restarted().PlaceOrderAsync([FacadeHarness.LineItem(DataCosmosCatalogueItem.Sentinel2)], reference));

        Assert.Contains(DataCosmosCatalogueItem.Mantis.Item, refusal.FirstContent);
        Assert.Contains(DataCosmosCatalogueItem.Sentinel2.Item, refusal.RequestedContent);
        Assert.Contains(refusal.FirstFingerprint, refusal.Message);
        Assert.Contains(refusal.RequestedFingerprint, refusal.Message);
        Assert.Single(harness.Simulator.Ledger());
    }

    [Theory]
    [MemberData(nameof(WithAndWithoutJournal))]
    public async Task A_checkout_repeated_after_a_restart_pays_the_order_once(bool journaled)
    {
        await using var harness = await StartAsync(journaled);
        var order = await harness.Ordering.PlaceOrderAsync([FacadeHarness.LineItem(DataCosmosCatalogueItem.Mantis)], ClientReference.FromJobKey("job-42"));
        var credits = harness.Simulator.Credits();

        var first = await harness.Ordering.CheckoutAsync(order.Order.Id!.Value);
        var again = await harness.Restarted().CheckoutAsync(order.Order.Id!.Value);

        Assert.Equal((OrderStatus.Paid, OrderStatus.Paid), (first.Status, again.Status));
        Assert.Equal(1, Assert.Single(harness.Simulator.Ledger()).Payments);
        Assert.Equal(credits - 62.50m, harness.Simulator.Credits());
    }

    [Fact]
    public async Task Recovery_on_start_reports_nothing_when_every_intent_has_its_answer()
    {
        await using var harness = await StartAsync(journaled: true);
        var order = await harness.Ordering.PlaceOrderAsync([FacadeHarness.LineItem(DataCosmosCatalogueItem.Mantis)], ClientReference.FromJobKey("job-42"));
        await harness.Ordering.CheckoutAsync(order.Order.Id!.Value);

        Assert.Empty(await harness.Restarted().RecoverAsync());
        Assert.Empty(await harness.Services.GetRequiredService<IOrderJournal>().ListUnsettledAsync(Ordering.DataCosmosOrdering.JournalVendor));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path.GetDirectoryName(_journal)))
        {
            Directory.Delete(Path.GetDirectoryName(_journal)!, recursive: true);
        }
    }

    private Task<FacadeHarness> StartAsync(bool journaled) =>
        FacadeHarness.StartAsync(journal: journaled ? services => services.AddSqliteOrderJournal(_journal) : null);
}
