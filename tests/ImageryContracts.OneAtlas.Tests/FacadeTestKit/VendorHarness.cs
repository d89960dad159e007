using ImageryContracts.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.FacadeTestKit;

/// <summary>A vendor simulator and the services wired to it (see <see cref="FacadeServices"/>), disposed together.</summary>
/// <typeparam name="TSimulator">The vendor's simulator.</typeparam>
/// <typeparam name="TOrdering">The vendor's ordering facade.</typeparam>
internal abstract class VendorHarness<TSimulator, TOrdering>(TSimulator simulator, ServiceProvider services, RecordingLoggerProvider logs, Func<ServiceProvider>? rebuild = null) : IAsyncDisposable
    where TSimulator : VendorSimulator
    where TOrdering : notnull
{
    private readonly List<ServiceProvider> _restarts = [];

    public TSimulator Simulator { get; } = simulator;

    public ServiceProvider Services { get; } = services;

    public RecordingLoggerProvider Logs { get; } = logs;

    /// <summary>A facade resolved as an application resolves it (transient, over the shared token provider).</summary>
    public TOrdering Ordering => Services.GetRequiredService<TOrdering>();

    /// <summary>
    /// A facade from services built anew with the same settings and journal, against the same simulator: what a
    /// restarted process would have (new HTTP clients, tokens and facade; only the journal file and the vendor remain).
    /// </summary>
    public TOrdering Restarted()
    {
        var services = (rebuild ?? throw new InvalidOperationException("This harness was started without a way to rebuild its services."))();
        _restarts.Add(services);
        return services.GetRequiredService<TOrdering>();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var restart in _restarts)
        {
            await restart.DisposeAsync();
        }

        await Services.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
