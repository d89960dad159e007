using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Ordering;
using ImageryContracts.Ordering;
using ImageryContracts.Testing.OneAtlas;
using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>A client reference is an idempotency key: one order per reference, with the journal and with the order list alone.</summary>
public sealed class FacadeIdempotencyTests : IDisposable
{
    private const string ListRoute = "GET /api/v1/orders";
    private readonly string _journal = Path.Combine(Path.GetTempPath(), $"imagery-oneatlas-{Guid.NewGuid():N}", "orders.db");

    public static TheoryData<bool> WithAndWithoutJournal => [true, false];

    [Theory]
    [MemberData(nameof(WithAndWithoutJournal))]
    public async Task The_same_reference_twice_in_one_process_returns_the_first_order(bool journaled)
    {
        await using var harness = await StartAsync(journaled);
        var reference = ClientReference.FromJobKey("job-42");

        var first = await harness.Ordering.PlaceOrderAsync(Request(), reference);
        var second = await harness.Ordering.PlaceOrderAsync(Request(), reference);

        Assert.Equal(first.Order.Id, second.Order.Id);
        Assert.False(first.Resumed);
        Assert.True(second.Resumed);
        Assert.Single(harness.Simulator.Ledger());
    }

    [Theory]
    [MemberData(nameof(WithAndWithoutJournal))]
    public async Task The_same_reference_after_a_restart_returns_the_order_placed_before_it(bool journaled)
    {
        await using var harness = await StartAsync(journaled);
        var reference = ClientReference.FromJobKey("job-42");
        var before = await harness.Ordering.PlaceOrderAsync(Request(), reference);

        var after = await harness.Restarted().PlaceOrderAsync(Request(), reference);

        Assert.Equal(before.Order.Id, after.Order.Id);
        Assert.True(after.Resumed);
        Assert.Equal([reference], Assert.Single(harness.Simulator.Ledger()).References);
    }

    [Theory]
    [MemberData(nameof(WithAndWithoutJournal))]
    public async Task The_same_reference_with_other_content_is_refused_naming_both_and_nothing_is_sent(bool journaled)
    {
        await using var harness = await StartAsync(journaled);
        var reference = ClientReference.FromJobKey("job-42");
        await harness.Ordering.PlaceOrderAsync(Request(), reference);

        var refusal = await Assert.ThrowsAsync<ClientReferenceConflictException>(() =>
            harness.Restarted().PlaceOrderAsync(Request(ProductType.Pansharpened), reference));

        Assert.NotEqual(refusal.FirstFingerprint, refusal.RequestedFingerprint);
        Assert.Contains("bundle", refusal.FirstContent);
        Assert.Contains("pansharpened", refusal.RequestedContent);
        Assert.Contains($"'{reference}'", refusal.Message);
        Assert.Single(harness.Simulator.Ledger());
    }

    [Fact]
    public async Task A_lookup_asks_the_list_for_the_tag_and_reads_no_other_orders()
    {
        await using var harness = await StartAsync(journaled: false);
        for (var order = 0; order < 30; order++)
        {
            await harness.Ordering.PlaceOrderAsync(Request(), clientReference: null);
        }

        var reference = ClientReference.FromJobKey("job-42");
        var found = await harness.Ordering.FindByTagAsync(reference);

        Assert.Null(found);
        var lookup = harness.Simulator.Requests.To(ListRoute)[^1];
        Assert.Contains($"tags={reference}", lookup.Query);
        Assert.Single(harness.Simulator.Requests.To(ListRoute));
    }

    [Fact]
    public void References_from_a_job_key_are_stable_letters_only_tags()
    {
        var reference = ClientReference.FromJobKey("job-42");

        Assert.Equal(reference, ClientReference.FromJobKey("job-42"));
        Assert.NotEqual(reference, ClientReference.FromJobKey("job-43"));
        Assert.Matches("^imagery[a-z]{22}$", reference);
        Assert.True(OrderTag.Validate([reference]).IsValid);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path.GetDirectoryName(_journal)))
        {
            Directory.Delete(Path.GetDirectoryName(_journal)!, recursive: true);
        }
    }

    private static OrderRequest Request(ProductType productType = ProductType.Bundle) =>
        new() { Kind = OrderKind.DataProduct, Products = [FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades, productType)] };

    private Task<FacadeHarness> StartAsync(bool journaled) =>
        FacadeHarness.StartAsync(configure: journaled ? services => services.AddSqliteOrderJournal(_journal) : null);
}
