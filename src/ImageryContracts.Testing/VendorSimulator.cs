using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.Ledger;
using ImageryContracts.Testing.Requests;
using Microsoft.AspNetCore.Builder;

namespace ImageryContracts.Testing;

/// <summary>
/// What every vendor simulator has: a running Kestrel host on 127.0.0.1, its base URL, the faults to inject and the
/// log of the requests it received. Dispose it to stop the host.
/// </summary>
public abstract class VendorSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IOrderLedger _ledger;

    private protected VendorSimulator(WebApplication app, string rootUrl, IOrderLedger ledger, string basePath, string tokenPath, FaultInjector faults, RequestLog requests)
    {
        _app = app;
        _ledger = ledger;
        RootUrl = rootUrl;
        BaseUrl = rootUrl + basePath;
        TokenUrl = BaseUrl + tokenPath;
        Faults = faults;
        Requests = requests;
    }

    /// <summary>The scheme, host and port, <c>http://127.0.0.1:PORT</c>.</summary>
    public string RootUrl { get; }

    /// <summary>
    /// The URL that stands for the spec's server URL (what a client's base URL is set to), without a trailing slash.
    /// </summary>
    public string BaseUrl { get; }

    /// <summary>
    /// Where the simulator serves the token exchange. The vendors serve it on another host; the simulator serves it
    /// under <see cref="BaseUrl"/>, so a client configures its token URL separately, to this value.
    /// </summary>
    public string TokenUrl { get; }

    /// <summary>The faults to inject, per route.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Every request received, with its outcome.</summary>
    public RequestLog Requests { get; }

    /// <summary>
    /// Every order the simulator holds, with the references it carries and how often it was charged; also served as
    /// JSON at <c>{RootUrl}/simulator/ledger</c> for harnesses in other processes.
    /// </summary>
    /// <returns>The orders, oldest first.</returns>
    public IReadOnlyList<LedgerEntry> Ledger() => _ledger.Entries();

    /// <summary>Stops the host.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
