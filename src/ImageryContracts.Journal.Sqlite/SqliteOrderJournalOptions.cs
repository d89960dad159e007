namespace ImageryContracts.Journal.Sqlite;

/// <summary>Where the SQLite journal lives and how it waits and syncs.</summary>
public sealed class SqliteOrderJournalOptions
{
    /// <summary>The database file; created with its folder on first use. Every process that shares references must use the same file, on a local disk.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>How long a write waits for another process's write to finish before it fails (SQLite's busy timeout). Default 30 s.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether commits must survive a power loss (<see cref="SqliteSynchronous.Full"/>) or a process crash (<see cref="SqliteSynchronous.Normal"/>, the default).</summary>
    public SqliteSynchronous Synchronous { get; set; } = SqliteSynchronous.Normal;
}
