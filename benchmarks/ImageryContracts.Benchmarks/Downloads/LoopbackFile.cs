using ImageryContracts.Downloads;
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

    /// <summary>A download of the file without a checksum into the folder.</summary>
    public DownloadRequest Unchecked(string fileName) => Request(fileName, Url);

    /// <summary>A download of the file whose MD5 the server announces, read from OneAtlas' headers.</summary>
    public DownloadRequest Checked(string fileName) => Request(fileName, CheckedUrl) with
    {
        Md5FromResponse = ResponseChecksum.Md5FromHeaders(ChecksumHeaders.OneAtlas.MethodHeader, ChecksumHeaders.OneAtlas.ValueHeader),
    };

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    private DownloadRequest Request(string fileName, Uri url) =>
        new(Path.Combine(Folder, fileName), _ => ValueTask.FromResult(new HttpRequestMessage(HttpMethod.Get, url)));
}
