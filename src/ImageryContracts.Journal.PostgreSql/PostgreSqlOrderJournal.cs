using System.Text.RegularExpressions;
using Npgsql;

namespace ImageryContracts.Journal.PostgreSql;

/// <summary>
/// The order journal in PostgreSQL, for workers on many machines. A claim is a lease with a fencing token (as
/// Hangfire.PostgreSql fences its job leases): granted inside a transaction that holds an advisory lock on the
/// reference (and, for orders recognised by content, on the content first), it increments the row's token; renewals
/// and writes carry the token and the owner, so a worker whose lease lapsed and was taken over can no longer write.
/// Lease times are the server's clock, so workers' clocks need not agree.
/// </summary>
/// <remarks>The table (default <c>imagery_order_intents</c>) is created on first use, under an advisory lock so that several workers starting at once do not race.</remarks>
public sealed partial class PostgreSqlOrderJournal : IOrderJournal, IAsyncDisposable
{
    private const string Columns = JournalRow.Columns;

    // Any constant: the advisory lock that serialises schema creation across workers.
    private const long SchemaLock = 0x1A6E_C0DE_0017;

    private readonly NpgsqlDataSource _source;
    private readonly bool _ownsSource;
    private readonly string _table;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    /// <summary>Connects to the database a connection string names.</summary>
    /// <param name="connectionString">An Npgsql connection string, for example <c>Host=db;Database=orders;Username=worker;Password=…</c>.</param>
    /// <param name="table">The journal's table; created on first use.</param>
    public PostgreSqlOrderJournal(string connectionString, string table = DefaultTable)
        : this(NpgsqlDataSource.Create(connectionString), table, ownsSource: true)
    {
    }

    /// <summary>Uses a data source the application already has (its pooling, logging and authentication).</summary>
    /// <param name="source">The data source; not disposed with the journal.</param>
    /// <param name="table">The journal's table; created on first use.</param>
    public PostgreSqlOrderJournal(NpgsqlDataSource source, string table = DefaultTable)
        : this(source, table, ownsSource: false)
    {
    }

    private PostgreSqlOrderJournal(NpgsqlDataSource source, string table, bool ownsSource)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!TableName().IsMatch(table))
        {
            throw new ArgumentException($"The journal table '{table}' is not a plain identifier; use lower-case letters, digits and underscores, starting with a letter (for example {DefaultTable}).", nameof(table));
        }

        _source = source;
        _ownsSource = ownsSource;
        _table = table;
    }

    /// <summary>The table used when none is named.</summary>
    public const string DefaultTable = "imagery_order_intents";

    /// <inheritdoc />
    public async Task<JournalClaim> ClaimAsync(OrderIntent intent, JournalLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(lease);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);

        // Locks in one order (content, then reference) so that claimers never wait on each other in a cycle.
        if (intent.ContentIdentifiesOrder)
        {
            batch.BatchCommands.Add(Command("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", $"{intent.Vendor}#{intent.Fingerprint}"));
        }

        batch.BatchCommands.Add(Command("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", $"{intent.Vendor}/{intent.Reference}"));
        batch.BatchCommands.Add(Command("SELECT clock_timestamp()"));
        batch.BatchCommands.Add(Command($"SELECT {Columns} FROM {_table} WHERE vendor = $1 AND reference = $2", intent.Vendor, intent.Reference));
        if (intent.ContentIdentifiesOrder)
        {
            batch.BatchCommands.Add(Command(
                $"SELECT {Columns} FROM {_table} WHERE vendor = $1 AND fingerprint = $2 AND reference <> $3 AND state IN ('pending', 'unknown') AND lease_owner IS NOT NULL AND lease_expires_at > clock_timestamp() LIMIT 1",
                intent.Vendor, intent.Fingerprint, intent.Reference));
        }

        DateTimeOffset now;
        JournalEntry? existing;
        JournalEntry? holder = null;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var skipped = intent.ContentIdentifiesOrder ? 2 : 1; skipped > 0; skipped--)
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }

            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            now = reader.GetFieldValue<DateTimeOffset>(0);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            existing = await ReadEntryAsync(reader, cancellationToken).ConfigureAwait(false);
            if (intent.ContentIdentifiesOrder)
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                holder = await ReadEntryAsync(reader, cancellationToken).ConfigureAwait(false);
            }
        }

        var outcome = ClaimDecision.Decide(intent, existing, holder, now);
        JournalEntry entry;
        if (outcome is ClaimOutcome.New or ClaimOutcome.Unsettled)
        {
            await using var write = existing is null
                ? new NpgsqlCommand(
                    $"INSERT INTO {_table} ({Columns}) VALUES ($1, $2, $3, $4, 'pending', NULL, NULL, NULL, 1, $5, clock_timestamp() + $6, clock_timestamp(), clock_timestamp()) RETURNING {Columns}",
                    connection, transaction)
                : new NpgsqlCommand(
                    $"UPDATE {_table} SET state = CASE WHEN $7 THEN 'pending' ELSE state END, baseline = CASE WHEN $7 THEN NULL ELSE baseline END, token = token + 1, lease_owner = $5, lease_expires_at = clock_timestamp() + $6, updated_at = clock_timestamp() WHERE vendor = $1 AND reference = $2 RETURNING {Columns}",
                    connection, transaction);
            Add(write.Parameters, intent.Vendor, intent.Reference, intent.Fingerprint, intent.Content, lease.Owner, lease.Duration);
            if (existing is not null)
            {
                write.Parameters.Add(new NpgsqlParameter { Value = outcome == ClaimOutcome.New });
            }

            await using var reader = await write.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            entry = (await ReadEntryAsync(reader, cancellationToken).ConfigureAwait(false))!;
        }
        else
        {
            entry = outcome == ClaimOutcome.Busy && (existing is null || !existing.IsLeasedAt(now)) ? holder! : existing!;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new JournalClaim(outcome, entry, lease);
    }

    /// <inheritdoc />
    public async Task<bool> RenewAsync(JournalClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return await ChangedAsync(
            $"UPDATE {_table} SET lease_expires_at = clock_timestamp() + $5 WHERE vendor = $1 AND reference = $2 AND token = $3 AND lease_owner = $4 AND state <> 'placed'",
            cancellationToken,
            claim.Entry.Vendor, claim.Entry.Reference, claim.Entry.Token, claim.Lease.Owner, claim.Lease.Duration).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> RecordAsync(JournalClaim claim, IntentRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(record);
        return await ChangedAsync(
            $"UPDATE {_table} SET state = $5, answer = COALESCE($6, answer), baseline = COALESCE($7, baseline), failure = $8, "
            + "lease_owner = CASE WHEN $9 THEN lease_owner ELSE NULL END, lease_expires_at = CASE WHEN $9 THEN lease_expires_at ELSE NULL END, updated_at = clock_timestamp() "
            + "WHERE vendor = $1 AND reference = $2 AND token = $3 AND lease_owner = $4",
            cancellationToken,
            claim.Entry.Vendor, claim.Entry.Reference, claim.Entry.Token, claim.Lease.Owner,
            StoredState.Of(record.State), record.Answer, record.Baseline, record.Failure, record.KeepLease).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<JournalEntry>> ListUnsettledAsync(string vendor, CancellationToken cancellationToken = default) =>
        ReadAllAsync($"SELECT {Columns} FROM {_table} WHERE vendor = $1 AND state IN ('pending', 'unknown') ORDER BY created_at, reference", cancellationToken, vendor);

    /// <inheritdoc />
    public Task<IReadOnlyList<JournalEntry>> ListSameContentAsync(string vendor, string fingerprint, CancellationToken cancellationToken = default) =>
        ReadAllAsync($"SELECT {Columns} FROM {_table} WHERE vendor = $1 AND fingerprint = $2 ORDER BY created_at, reference", cancellationToken, vendor, fingerprint);

    /// <summary>Closes the connections, when the journal created its data source.</summary>
    /// <returns>A task that completes when the pool is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_ownsSource)
        {
            await _source.DisposeAsync().ConfigureAwait(false);
        }

        _schemaGate.Dispose();
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        Add(command.Parameters, values);
        return command;
    }

    private static void Add(NpgsqlParameterCollection parameters, params object?[] values)
    {
        foreach (var value in values)
        {
            parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
    }

    private static async Task<JournalEntry?> ReadEntryAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return JournalRow.Read(reader, (row, column) => ((NpgsqlDataReader)row).GetFieldValue<DateTimeOffset>(column));
    }

    private async Task<bool> ChangedAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _source.CreateCommand(sql);
        Add(command.Parameters, values);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<IReadOnlyList<JournalEntry>> ReadAllAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _source.CreateCommand(sql);
        Add(command.Parameters, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<JournalEntry>();
        while (await ReadEntryAsync(reader, cancellationToken).ConfigureAwait(false) is { } entry)
        {
            entries.Add(entry);
        }

        return entries;
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            await using var connection = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var command = new NpgsqlCommand(
                $"""
                SELECT pg_advisory_xact_lock({SchemaLock});
                CREATE TABLE IF NOT EXISTS {_table} (
                    vendor text NOT NULL,
                    reference text NOT NULL,
                    fingerprint text NOT NULL,
                    content text NOT NULL,
                    state text NOT NULL,
                    answer text,
                    baseline text,
                    failure text,
                    token bigint NOT NULL,
                    lease_owner text,
                    lease_expires_at timestamptz,
                    created_at timestamptz NOT NULL,
                    updated_at timestamptz NOT NULL,
                    PRIMARY KEY (vendor, reference));
                CREATE INDEX IF NOT EXISTS {_table}_by_content ON {_table} (vendor, fingerprint);
                CREATE INDEX IF NOT EXISTS {_table}_by_state ON {_table} (vendor, state);
                """,
                connection,
                transaction))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,50}$")]
    private static partial Regex TableName();
}
