using ImageryContracts.Journal.Sqlite;
using ImageryContracts.Journal.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ImageryContracts.Journal.Tests.Stores;

public sealed class SqliteJournalTests : JournalStoreContract
{
    private JournalStore.Sqlite? _store;

    [Fact]
    public async Task The_file_and_its_folder_are_created_on_first_use_in_write_ahead_logging_mode()
    {
        await Journal.ListUnsettledAsync("Vendor");

        await using var connection = new SqliteConnection($"Data Source={_store!.FilePath};Pooling=False");
        await connection.OpenAsync();
        await using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await mode.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData(":memory:")]
    [InlineData("file:orders?mode=memory")]
    public void A_database_other_processes_cannot_share_is_refused_with_the_fix(string path)
    {
        var refusal = Assert.Throws<ArgumentException>(() => new SqliteOrderJournal(new SqliteOrderJournalOptions { Path = path }));

        Assert.Contains("give a file path such as 'orders.journal.db'", refusal.Message);
    }

    private protected override JournalStore CreateStore() => _store = new JournalStore.Sqlite();
}
