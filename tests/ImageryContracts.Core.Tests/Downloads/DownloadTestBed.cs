using System.Buffers;
using ImageryContracts.Downloads;
using ImageryContracts.Testing.Downloads;

namespace ImageryContracts.Core.Tests.Downloads;

/// <summary>A file server, a client and an empty folder per test; short timeouts and no real backoff.</summary>
internal sealed class DownloadTestBed : IAsyncDisposable
{
    public static readonly DownloadOptions FastOptions = new()
    {
        RetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(20),
        StallTimeout = TimeSpan.FromSeconds(5),
        FlushToDisk = false,
    };

    /// <summary>Reads the MD5 the simulator announces in OneAtlas' headers (<see cref="ChecksumHeaders.OneAtlas"/>).</summary>
    public static readonly Func<HttpResponseMessage, string?> OneAtlasMd5 =
        ResponseChecksum.Md5FromHeaders(ChecksumHeaders.OneAtlas.MethodHeader, ChecksumHeaders.OneAtlas.ValueHeader);

    private DownloadTestBed(SimulatedFileServer server)
    {
        Server = server;
        Folder = Directory.CreateTempSubdirectory("imagery-downloads-").FullName;
    }

    public SimulatedFileServer Server { get; }

    public HttpClient Client { get; } = new();

    public string Folder { get; }

    public static async Task<DownloadTestBed> StartAsync() => new(await SimulatedFileServer.StartAsync());

    public FileDownloader Downloader(DownloadOptions? options = null) => new(Client, options ?? FastOptions);

    /// <summary>Serves <paramref name="download"/> as <paramref name="name"/> and describes its download into the folder.</summary>
    public DownloadRequest Serve(string name, SimulatedDownload download)
    {
        var url = Server.Add(name, download);
        return Request(name, url);
    }

    public DownloadRequest Request(string name, Uri url) =>
        new(Path.Combine(Folder, name), _ => ValueTask.FromResult(new HttpRequestMessage(HttpMethod.Get, url)));

    public IReadOnlyList<string> Files() => Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    /// <summary>Asserts the file holds exactly the content, byte for byte.</summary>
    public static void AssertSameBytes(SimulatedContent content, string path)
    {
        using var file = File.OpenRead(path);
        Assert.Equal(content.Length, file.Length);
        var expected = ArrayPool<byte>.Shared.Rent(65536);
        var actual = ArrayPool<byte>.Shared.Rent(65536);
        try
        {
            for (var position = 0L; position < content.Length;)
            {
                var count = (int)Math.Min(65536, content.Length - position);
                content.Fill(position, expected.AsSpan(0, count));
                file.ReadExactly(actual, 0, count);
                Assert.True(expected.AsSpan(0, count).SequenceEqual(actual.AsSpan(0, count)), $"{path} differs from the content within bytes {position}..{position + count}");
                position += count;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(expected);
            ArrayPool<byte>.Shared.Return(actual);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
