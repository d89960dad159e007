using ImageryContracts.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.FacadeTestKit;

/// <summary>A vendor simulator and the services wired to it (see <see cref="FacadeServices"/>), disposed together.</summary>
/// <typeparam name="TSimulator">The vendor's simulator.</typeparam>
/// <typeparam name="TOrdering">The vendor's ordering facade.</typeparam>
internal abstract class VendorHarness<TSimulator, TOrdering>(TSimulator simulator, ServiceProvider services, RecordingLoggerProvider logs) : IAsyncDisposable
    where TSimulator : VendorSimulator
    where TOrdering : notnull
{
    public TSimulator Simulator { get; } = simulator;

    public ServiceProvider Services { get; } = services;

    public RecordingLoggerProvider Logs { get; } = logs;

    /// <summary>A facade resolved as an application resolves it (transient, over the shared token provider).</summary>
    public TOrdering Ordering => Services.GetRequiredService<TOrdering>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
