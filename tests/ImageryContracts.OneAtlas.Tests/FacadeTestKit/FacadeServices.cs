using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageryContracts.FacadeTestKit;

/// <summary>
/// A service provider wired the way an application wires a vendor: its <c>Add…</c> bound from a configuration section,
/// logs recorded, and waits shortened so a test against a simulator runs in milliseconds.
/// </summary>
internal static class FacadeServices
{
    /// <summary>Builds the services.</summary>
    /// <param name="section">The vendor's configuration section (for example <c>OneAtlas</c>).</param>
    /// <param name="connection">The vendor's own keys: credentials and the simulator's URLs.</param>
    /// <param name="overrides">Keys that replace the defaults and <paramref name="connection"/>.</param>
    /// <param name="clientTime">The clock the services run on; <c>null</c> for the system clock.</param>
    /// <param name="register">Registers the vendor from its section.</param>
    /// <param name="extra">Registers more, such as an order journal; <c>null</c> for nothing.</param>
    /// <returns>The services and the log they write to.</returns>
    public static (ServiceProvider Services, RecordingLoggerProvider Logs) Build(
        string section,
        IReadOnlyDictionary<string, string?> connection,
        IReadOnlyDictionary<string, string?>? overrides,
        TimeProvider? clientTime,
        Action<IServiceCollection, IConfigurationSection> register,
        Action<IServiceCollection>? extra = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            [$"{section}:Http:AttemptTimeout"] = "00:00:05",
            [$"{section}:Http:RetryDelay"] = "00:00:00.010",
            [$"{section}:Creation:SettleDelay"] = "00:00:00",
            [$"{section}:Creation:LookupRetryDelay"] = "00:00:00.010",
            [$"{section}:Creation:RateLimitDelay"] = "00:00:00.010",
            [$"{section}:Creation:LookupGrace"] = "00:00:00",
            [$"{section}:Polling:InitialDelay"] = "00:00:00.005",
            [$"{section}:Polling:MaxDelay"] = "00:00:00.020",
            [$"{section}:Polling:Deadline"] = "00:01:00",
        };
        foreach (var (key, value) in connection.Concat(overrides ?? new Dictionary<string, string?>()))
        {
            configuration[key] = value;
        }

        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        if (clientTime is not null)
        {
            services.AddSingleton(clientTime);
        }

        register(services, new ConfigurationBuilder().AddInMemoryCollection(configuration).Build().GetSection(section));
        extra?.Invoke(services);
        return (services.BuildServiceProvider(validateScopes: true), logs);
    }
}
