using ImageryContracts.Journal;
using ImageryContracts.Journal.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite order journal, which the vendor facades registered in the same services use.</summary>
public static class SqliteOrderJournalServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SqliteOrderJournal"/> as the <see cref="IOrderJournal"/>, for example
    /// <c>services.AddOneAtlas(…).AddSqliteOrderJournal("orders.journal.db")</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="path">The journal file; every process sharing references must use the same one.</param>
    /// <param name="configure">Changes the busy timeout or the sync setting; <c>null</c> for the defaults.</param>
    /// <returns>The services, for chaining.</returns>
    /// <exception cref="ArgumentException">The path is empty or in memory, or the busy timeout is negative.</exception>
    public static IServiceCollection AddSqliteOrderJournal(this IServiceCollection services, string path, Action<SqliteOrderJournalOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new SqliteOrderJournalOptions { Path = path };
        configure?.Invoke(options);
        services.RemoveAll<IOrderJournal>();
        services.AddSingleton<IOrderJournal>(new SqliteOrderJournal(options));
        return services;
    }
}
