using ImageryContracts.Testing.Downloads;

namespace ImageryContracts.Benchmarks.Downloads;

/// <summary>
/// One simulated file on a <see cref="SimulatedFileServer"/> on loopback, served twice: with OneAtlas' checksum headers
/// (<see cref="CheckedUrl"/>) and without (<see cref="Url"/>, as DataCosmos serves assets); and an empty folder on the
/// working disk to download into. Every side of a comparison fetches the same bytes.
/// </summary>
internal sealed class LoopbackFile : IAsyncDisposable
{
    private LoopbackFile(SimulatedFileServer server, SimulatedContent content, Uri url, Uri checkedUrl, string folder)
    {
        Server = server;
        Content = content;
        Url = url;
        CheckedUrl = checkedUrl;
        Folder = folder;
    }

    public SimulatedFileServer Server { get; }

    public SimulatedContent Content { get; }

    public Uri Url { get; }

    public Uri CheckedUrl { get; }

    public string Folder { get; }

    public static async Task<LoopbackFile> StartAsync(long length)
    {
        var server = await SimulatedFileServer.StartAsync();
        var content = new SimulatedContent(Seed: 2026, Length: length);
        var url = server.Add("asset.tif", new SimulatedDownload(content) { ContentType = "image/tiff" });
        var checkedUrl = server.Add("scene.zip", new SimulatedDownload(content) { ContentType = "application/zip", Checksum = ChecksumHeaders.OneAtlas });

        // Computed once here, so neither side's timing includes the server hashing its file for the header.
        _ = content.Md5Hex;
        var folder = Directory.CreateTempSubdirectory("imagery-download-benchmark-").FullName;
        return new LoopbackFile(server, content, url, checkedUrl, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
