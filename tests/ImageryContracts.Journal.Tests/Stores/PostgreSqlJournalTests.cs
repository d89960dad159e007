using ImageryContracts.Journal.PostgreSql;
using ImageryContracts.Journal.Tests.Support;

namespace ImageryContracts.Journal.Tests.Stores;

[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlJournalTests(PostgreSqlTestDatabase database) : JournalStoreContract
{
    [Fact]
    public void A_table_name_that_is_not_a_plain_identifier_is_refused_with_the_fix()
    {
        var refusal = Assert.Throws<ArgumentException>(() => new PostgreSqlOrderJournal(database.ConnectionString, "orders; DROP TABLE x"));

        Assert.Contains("use lower-case letters, digits and underscores", refusal.Message);
    }

    [Fact]
    public async Task Workers_starting_together_create_the_table_once_without_racing()
    {
        var table = PostgreSqlTestDatabase.NewTable();
        var journals = Enumerable.Range(0, 6).Select(_ => new PostgreSqlOrderJournal(database.ConnectionString, table)).ToList();
        try
        {
            var claims = await Task.WhenAll(journals.Select((journal, index) => Task.Run(() =>
                journal.ClaimAsync(new OrderIntent("Vendor", $"ref-{index}", "sha256:aaaa", "content"), new JournalLease("worker", TimeSpan.FromMinutes(1))))));

            Assert.All(claims, claim => Assert.Equal(ClaimOutcome.New, claim.Outcome));
        }
        finally
        {
            await using var source = Npgsql.NpgsqlDataSource.Create(database.ConnectionString);
            await using var drop = source.CreateCommand($"DROP TABLE IF EXISTS {table}");
            await drop.ExecuteNonQueryAsync();
            foreach (var journal in journals)
            {
                await journal.DisposeAsync();
            }
        }
    }

    private protected override JournalStore CreateStore() => new JournalStore.PostgreSql(database);
}

/// <summary>The PostgreSQL tests share one server, started once.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlTestDatabase>
{
    public const string Name = "PostgreSQL";
}
