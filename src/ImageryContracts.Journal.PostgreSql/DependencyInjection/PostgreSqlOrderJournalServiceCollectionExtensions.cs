using ImageryContracts.Journal;
using ImageryContracts.Journal.PostgreSql;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL order journal, which the vendor facades registered in the same services use.</summary>
public static class PostgreSqlOrderJournalServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PostgreSqlOrderJournal"/> as the <see cref="IOrderJournal"/>, for example
    /// <c>services.AddDataCosmos(…).AddPostgreSqlOrderJournal(configuration.GetConnectionString("Orders"))</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="connectionString">An Npgsql connection string; every worker sharing references must name the same database.</param>
    /// <param name="table">The journal's table; created on first use.</param>
    /// <returns>The services, for chaining.</returns>
    /// <exception cref="ArgumentException">The connection string is empty or the table name is not a plain identifier.</exception>
    public static IServiceCollection AddPostgreSqlOrderJournal(this IServiceCollection services, string connectionString, string table = PostgreSqlOrderJournal.DefaultTable)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("The PostgreSQL journal's connection string is empty; pass one such as 'Host=db;Database=orders;Username=worker;Password=…'.", nameof(connectionString));
        }

        services.RemoveAll<IOrderJournal>();
        // Built by the container, which then disposes it (and its connection pool) with the services.
        services.AddSingleton<IOrderJournal>(_ => new PostgreSqlOrderJournal(connectionString, table));
        return services;
    }
}
