using Microsoft.Extensions.DependencyInjection;

namespace OrderWorkflow.Connections;

/// <summary>Registers the sample's order journal when <c>--journal</c> names one.</summary>
internal static class JournalRegistration
{
    /// <summary>Adds the SQLite order journal at <paramref name="path"/>; nothing when it is <c>null</c>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="path">The journal file.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddOrderJournalAt(this IServiceCollection services, string? path) =>
        path is null ? services : services.AddSqliteOrderJournal(path);
}
