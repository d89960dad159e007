using ImageryContracts.Journal.PostgreSql;
using ImageryContracts.Journal.Sqlite;

namespace ImageryContracts.Journal.Tests.Support;

/// <summary>A real store for one test: a fresh SQLite file, or a fresh table in the test PostgreSQL; removed at the end.</summary>
public abstract class JournalStore : IAsyncDisposable
{
    /// <summary>Opens another handle on the same journal, as a second process would.</summary>
    public abstract IOrderJournal Open();

    public abstract ValueTask DisposeAsync();

    public sealed class Sqlite : JournalStore
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"imagery-journal-test-{Guid.NewGuid():N}", "orders.db");

        public string FilePath => _path;

        public override IOrderJournal Open() => new SqliteOrderJournal(new SqliteOrderJournalOptions { Path = _path });

        public override ValueTask DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(Path.GetDirectoryName(_path)))
            {
                Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
            }

            return ValueTask.CompletedTask;
        }
    }

    public sealed class PostgreSql(PostgreSqlTestDatabase database) : JournalStore
    {
        private readonly string _table = PostgreSqlTestDatabase.NewTable();
        private readonly List<PostgreSqlOrderJournal> _opened = [];

        public override IOrderJournal Open()
        {
            var journal = new PostgreSqlOrderJournal(database.ConnectionString, _table);
            _opened.Add(journal);
            return journal;
        }

        public override async ValueTask DisposeAsync()
        {
            await using (var source = Npgsql.NpgsqlDataSource.Create(database.ConnectionString))
            {
                await using var drop = source.CreateCommand($"DROP TABLE IF EXISTS {_table}");
                await drop.ExecuteNonQueryAsync();
            }

            foreach (var journal in _opened)
            {
                await journal.DisposeAsync();
            }
        }
    }
}
