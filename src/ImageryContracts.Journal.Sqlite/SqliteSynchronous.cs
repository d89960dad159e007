namespace ImageryContracts.Journal.Sqlite;

/// <summary>SQLite's <c>synchronous</c> setting for the journal (with WAL).</summary>
public enum SqliteSynchronous
{
    /// <summary>
    /// Commits survive a crash of the process (what the crash tests kill); a power loss or an operating-system crash
    /// may roll back the last commits. SQLite's recommended setting with WAL, and the default.
    /// </summary>
    Normal,

    /// <summary>Every commit is synced to disk, so it survives a power loss too, at the cost of an fsync per write.</summary>
    Full,
}
