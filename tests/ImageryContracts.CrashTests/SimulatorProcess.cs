using System.Net.Http.Json;
using ImageryContracts.Testing.Ledger;

namespace ImageryContracts.CrashTests;

/// <summary>
/// The standalone simulator (<c>ImageryContracts.Testing --vendor … --port 0</c>) in its own process: its orders
/// outlive every worker the tests kill, and its ledger is the count the tests trust.
/// </summary>
internal sealed class SimulatorProcess : IDisposable
{
    private static readonly HttpClient Http = new();
    private readonly ChildProcess _process;

    private SimulatorProcess(ChildProcess process, string baseUrl, string rootUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        RootUrl = rootUrl;
    }

    /// <summary>The base URL a client is configured with.</summary>
    public string BaseUrl { get; }

    /// <summary>The scheme, host and port, where the ledger is served.</summary>
    public string RootUrl { get; }

    public static SimulatorProcess Start(string vendor)
    {
        var process = ChildProcess.Start("ImageryContracts.Testing.dll", ["--vendor", vendor, "--port", "0"]);
        const string marker = "base URL:";
        while (process.ReadLine(TimeSpan.FromSeconds(60)) is { } line)
        {
            if (line.Contains(marker, StringComparison.Ordinal))
            {
                var baseUrl = line[(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Trim();
                var root = new Uri(baseUrl).GetLeftPart(UriPartial.Authority);

                // The host prints every request; reading on keeps its output pipe from filling up.
                _ = Task.Run(() =>
                {
                    while (process.ReadLine(Timeout.InfiniteTimeSpan) is not null)
                    {
                    }
                });
                return new SimulatorProcess(process, baseUrl, root);
            }
        }

        throw new InvalidOperationException($"The {vendor} simulator exited without printing its base URL:{Environment.NewLine}{process.Transcript}");
    }

    public async Task<IReadOnlyList<LedgerEntry>> LedgerAsync() =>
        await Http.GetFromJsonAsync<List<LedgerEntry>>(RootUrl + "/simulator/ledger") ?? [];

    public void Dispose() => _process.Dispose();
}
