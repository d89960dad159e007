using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ImageryContracts.Journal.Sqlite;

/// <summary>
/// The order journal in one SQLite file: write-ahead logging, so readers never block the writer; every claim in a
/// <c>BEGIN IMMEDIATE</c> transaction, so two processes deciding on the same reference take turns instead of both
/// reading and then one failing to write; a busy timeout, so a process waits for another's short write. Safe for
/// several processes on one machine (not on a network share, where SQLite's locks are unreliable).
/// </summary>
/// <remarks>The table <c>order_intents</c> is created on first use. Lease times are this machine's clock.</remarks>
public sealed class SqliteOrderJournal : IOrderJournal
{
    private const string Columns = JournalRow.Columns;

    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    /// <summary>Opens (on first use, creates) the journal file.</summary>
    /// <param name="options">The file, the busy timeout and the sync setting.</param>
    /// <param name="timeProvider">The clock of leases; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException">The path is empty or names an in-memory database, which other processes cannot share.</exception>
    public SqliteOrderJournal(SqliteOrderJournalOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path) || options.Path.Trim() == ":memory:" || options.Path.Contains("mode=memory", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"The SQLite journal path '{options.Path}' is empty or in memory; give a file path such as 'orders.journal.db' that every process ordering with the same references can open.",
                nameof(options));
        }

        if (options.BusyTimeout < TimeSpan.Zero)
        {
            throw new ArgumentException($"The SQLite journal's BusyTimeout is {options.BusyTimeout}; set zero or a positive duration such as 00:00:30.", nameof(options));
        }

        Path = System.IO.Path.GetFullPath(options.Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
        _pragmas = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = {(options.Synchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL")};");
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The journal file's full path.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public async Task<JournalClaim> ClaimAsync(OrderIntent intent, JournalLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(lease);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "BEGIN IMMEDIATE;", cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            var existing = await ReadOneAsync(connection, $"SELECT {Columns} FROM order_intents WHERE vendor = $vendor AND reference = $reference",
                command => Bind(command, ("$vendor", intent.Vendor), ("$reference", intent.Reference)), cancellationToken).ConfigureAwait(false);
            var holder = intent.ContentIdentifiesOrder
                ? await ReadOneAsync(connection,
                    $"SELECT {Columns} FROM order_intents WHERE vendor = $vendor AND fingerprint = $fingerprint AND reference <> $reference AND state IN ('pending', 'unknown') AND lease_owner IS NOT NULL AND lease_expires_at > $now LIMIT 1",
                    command => Bind(command, ("$vendor", intent.Vendor), ("$fingerprint", intent.Fingerprint), ("$reference", intent.Reference), ("$now", now.ToUnixTimeMilliseconds())),
                    cancellationToken).ConfigureAwait(false)
                : null;
            var outcome = ClaimDecision.Decide(intent, existing, holder, now);
            JournalEntry entry;
            if (outcome is ClaimOutcome.New or ClaimOutcome.Unsettled)
            {
                entry = (await ReadOneAsync(connection, existing is null
                    ? $"INSERT INTO order_intents ({Columns}) VALUES ($vendor, $reference, $fingerprint, $content, 'pending', NULL, NULL, NULL, 1, $owner, $expires, $now, $now) RETURNING {Columns}"
                    : $"UPDATE order_intents SET state = CASE WHEN $fresh THEN 'pending' ELSE state END, baseline = CASE WHEN $fresh THEN NULL ELSE baseline END, token = token + 1, lease_owner = $owner, lease_expires_at = $expires, updated_at = $now WHERE vendor = $vendor AND reference = $reference RETURNING {Columns}",
                    command => Bind(command,
                        ("$vendor", intent.Vendor), ("$reference", intent.Reference), ("$fingerprint", intent.Fingerprint), ("$content", intent.Content),
                        ("$owner", lease.Owner), ("$expires", (now + lease.Duration).ToUnixTimeMilliseconds()), ("$now", now.ToUnixTimeMilliseconds()),
                        ("$fresh", outcome == ClaimOutcome.New)),
                    cancellationToken).ConfigureAwait(false))!;
            }
            else
            {
                entry = outcome == ClaimOutcome.Busy && (existing is null || !existing.IsLeasedAt(now)) ? holder! : existing!;
            }

            await ExecuteAsync(connection, "COMMIT;", cancellationToken).ConfigureAwait(false);
            return new JournalClaim(outcome, entry, lease);
        }
        catch
        {
            await ExecuteAsync(connection, "ROLLBACK;", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<bool> RenewAsync(JournalClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ChangedAsync(connection,
            "UPDATE order_intents SET lease_expires_at = $expires WHERE vendor = $vendor AND reference = $reference AND token = $token AND lease_owner = $owner AND state <> 'placed'",
            command => Bind(command,
                ("$vendor", claim.Entry.Vendor), ("$reference", claim.Entry.Reference), ("$token", claim.Entry.Token), ("$owner", claim.Lease.Owner),
                ("$expires", (_time.GetUtcNow() + claim.Lease.Duration).ToUnixTimeMilliseconds())),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> RecordAsync(JournalClaim claim, IntentRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ChangedAsync(connection,
            "UPDATE order_intents SET state = $state, answer = COALESCE($answer, answer), baseline = COALESCE($baseline, baseline), failure = $failure, "
            + "lease_owner = CASE WHEN $keep THEN lease_owner ELSE NULL END, lease_expires_at = CASE WHEN $keep THEN lease_expires_at ELSE NULL END, updated_at = $now "
            + "WHERE vendor = $vendor AND reference = $reference AND token = $token AND lease_owner = $owner",
            command => Bind(command,
                ("$vendor", claim.Entry.Vendor), ("$reference", claim.Entry.Reference), ("$token", claim.Entry.Token), ("$owner", claim.Lease.Owner),
                ("$state", StoredState.Of(record.State)), ("$answer", record.Answer), ("$baseline", record.Baseline), ("$failure", record.Failure),
                ("$keep", record.KeepLease), ("$now", _time.GetUtcNow().ToUnixTimeMilliseconds())),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalEntry>> ListUnsettledAsync(string vendor, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAllAsync(connection, $"SELECT {Columns} FROM order_intents WHERE vendor = $vendor AND state IN ('pending', 'unknown') ORDER BY created_at, reference",
            command => Bind(command, ("$vendor", vendor)), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalEntry>> ListSameContentAsync(string vendor, string fingerprint, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAllAsync(connection, $"SELECT {Columns} FROM order_intents WHERE vendor = $vendor AND fingerprint = $fingerprint ORDER BY created_at, reference",
            command => Bind(command, ("$vendor", vendor), ("$fingerprint", fingerprint)), cancellationToken).ConfigureAwait(false);
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> ChangedAsync(SqliteConnection connection, string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static async Task<JournalEntry?> ReadOneAsync(SqliteConnection connection, string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken) =>
        (await ReadAllAsync(connection, sql, bind, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    private static async Task<IReadOnlyList<JournalEntry>> ReadAllAsync(SqliteConnection connection, string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<JournalEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(JournalRow.Read(reader, (row, column) => DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(column))));
        }

        return entries;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_schemaReady)
        {
            await CreateSchemaAsync(cancellationToken).ConfigureAwait(false);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, _pragmas, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, _pragmas, cancellationToken).ConfigureAwait(false);

            // WAL is a property of the file: set once, it holds for every connection of every process.
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection,
                """
                CREATE TABLE IF NOT EXISTS order_intents (
                    vendor TEXT NOT NULL,
                    reference TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    content TEXT NOT NULL,
                    state TEXT NOT NULL,
                    answer TEXT,
                    baseline TEXT,
                    failure TEXT,
                    token INTEGER NOT NULL,
                    lease_owner TEXT,
                    lease_expires_at INTEGER,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL,
                    PRIMARY KEY (vendor, reference)
                ) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS order_intents_by_content ON order_intents (vendor, fingerprint);
                CREATE INDEX IF NOT EXISTS order_intents_by_state ON order_intents (vendor, state);
                """,
                cancellationToken).ConfigureAwait(false);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }
}
