using System.Data;

namespace ImageryContracts.Journal;

/// <summary>
/// The journal table's columns in the order every store selects them, and the reading of one row, so that SQL stores
/// differ only in their dialect and in how they keep times.
/// </summary>
public static class JournalRow
{
    /// <summary>The columns, comma-separated, in the order <see cref="Read"/> expects them.</summary>
    public const string Columns =
        "vendor, reference, fingerprint, content, state, answer, baseline, failure, token, lease_owner, lease_expires_at, created_at, updated_at";

    /// <summary>Reads the current row of a result selected with <see cref="Columns"/>.</summary>
    /// <param name="record">The reader, positioned on a row.</param>
    /// <param name="time">Reads a non-null time column the store's way (Unix milliseconds, <c>timestamptz</c>, …).</param>
    /// <returns>The entry.</returns>
    public static JournalEntry Read(IDataRecord record, Func<IDataRecord, int, DateTimeOffset> time)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(time);
        string? Text(int column) => record.IsDBNull(column) ? null : record.GetString(column);
        return new JournalEntry(
            record.GetString(0),
            record.GetString(1),
            record.GetString(2),
            record.GetString(3),
            StoredState.Parse(record.GetString(4)),
            Text(5),
            Text(6),
            Text(7),
            record.GetInt64(8),
            Text(9),
            record.IsDBNull(10) ? null : time(record, 10),
            time(record, 11),
            time(record, 12));
    }
}
