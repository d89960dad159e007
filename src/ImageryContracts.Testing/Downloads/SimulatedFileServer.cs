using System.Collections.Concurrent;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.Hosting;
using ImageryContracts.Testing.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.Testing.Downloads;

/// <summary>
/// A vendor-neutral file server on 127.0.0.1 serving <see cref="SimulatedDownload"/>s at <c>GET|HEAD /files/{name}</c>,
/// with the simulators' fault injection and request log: the ground a download client is tested on without a vendor.
/// </summary>
/// <example>
/// <code>
/// await using var server = await SimulatedFileServer.StartAsync();
/// var url = server.Add("scene.zip", new SimulatedDownload(new SimulatedContent(Seed: 7, Length: 10_000_000)));
/// server.Faults.Next(1, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.CutBody) { AfterBytes = 123_456 });
/// </code>
/// </example>
public sealed class SimulatedFileServer : IAsyncDisposable
{
    /// <summary>The path the files are served under.</summary>
    public const string FilesPath = "/files";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, SimulatedDownload> _files;

    private SimulatedFileServer(WebApplication app, string rootUrl, ConcurrentDictionary<string, SimulatedDownload> files, FaultInjector faults, RequestLog requests)
    {
        _app = app;
        _files = files;
        RootUrl = rootUrl;
        Faults = faults;
        Requests = requests;
    }

    /// <summary>The scheme, host and port, <c>http://127.0.0.1:PORT</c>.</summary>
    public string RootUrl { get; }

    /// <summary>The faults to inject, per route (see <see cref="Route"/>).</summary>
    public FaultInjector Faults { get; }

    /// <summary>Every request received, with its outcome and <c>Range</c> header.</summary>
    public RequestLog Requests { get; }

    /// <summary>Starts a server with no files.</summary>
    /// <param name="port">The port on 127.0.0.1; 0 picks a free one.</param>
    /// <param name="timeProvider">The clock of slow bodies; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    public static async Task<SimulatedFileServer> StartAsync(int port = 0, TimeProvider? timeProvider = null)
    {
        var files = new ConcurrentDictionary<string, SimulatedDownload>(StringComparer.Ordinal);
        var faults = new FaultInjector();
        var requests = new RequestLog();
        var settings = new SimulatorHostSettings(port, typeof(FileServerController), "", new FileServerErrors(), timeProvider ?? TimeProvider.System, services =>
            services.AddSingleton<IReadOnlyDictionary<string, SimulatedDownload>>(files));
        var (app, rootUrl) = await SimulatorHost.StartAsync(settings, faults, requests);
        return new SimulatedFileServer(app, rootUrl, files, faults, requests);
    }

    /// <summary>The fault and request-log route of GET requests for one file, <c>GET /files/{name}</c>.</summary>
    /// <param name="name">The file's name.</param>
    public static string Route(string name) => $"GET {FilesPath}/{name}";

    /// <summary>Serves <paramref name="download"/> under <paramref name="name"/>, replacing a file of that name.</summary>
    /// <param name="name">One path segment, for example <c>scene.zip</c>.</param>
    /// <param name="download">What to serve.</param>
    /// <returns>The file's absolute URL.</returns>
    /// <exception cref="ArgumentException">The name is empty, or contains a <c>/</c> or white space.</exception>
    public Uri Add(string name, SimulatedDownload download)
    {
        ArgumentNullException.ThrowIfNull(download);
        if (string.IsNullOrEmpty(name) || name.Any(character => character == '/' || char.IsWhiteSpace(character)))
        {
            throw new ArgumentException($"File name '{name}' must be one non-empty path segment without white space, for example 'scene.zip'.", nameof(name));
        }

        _files[name] = download;
        return UrlOf(name);
    }

    /// <summary>The absolute URL of a file name, whether or not it is served.</summary>
    /// <param name="name">The file's name.</param>
    public Uri UrlOf(string name) => new($"{RootUrl}{FilesPath}/{Uri.EscapeDataString(name)}");

    /// <summary>Stops the host.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
