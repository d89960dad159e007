using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using ImageryContracts.Downloads;

namespace ImageryContracts.Benchmarks.Downloads;

/// <summary>
/// Download throughput on loopback: <see cref="FileDownloader"/> (part file, atomic rename, stall timer, progress
/// bookkeeping) against a plain <see cref="HttpClient"/> <c>GetAsync(ResponseHeadersRead)</c> + <c>CopyToAsync</c> into
/// a file, for the same 100 MB from the same in-process server, all writing to the working disk. The downloader runs as
/// a DataCosmos asset (no checksum: nothing to hash), with and without its flush to the disk before the rename (the
/// baseline never flushes), and as a OneAtlas download (MD5 announced in headers, hashed while written and verified),
/// which is also set against the same plain copy followed by the MD5 of the file it wrote, the plain way to verify.
/// </summary>
[MemoryDiagnoser]
public class DownloadBenchmarks
{
    /// <summary>The file's length: 100 MB.</summary>
    internal const long Length = 100L * 1024 * 1024;

    private LoopbackFile _file = null!;
    private HttpClient _client = null!;
    private FileDownloader _flushing = null!;
    private FileDownloader _notFlushing = null!;
    private DownloadRequest _unchecked = null!;
    private DownloadRequest _checked = null!;

    /// <summary>Starts the server and the clients.</summary>
    [GlobalSetup]
    public async Task Setup()
    {
        _file = await LoopbackFile.StartAsync(Length);
        _client = new HttpClient();
        _flushing = new FileDownloader(_client);
        _notFlushing = new FileDownloader(_client, new DownloadOptions { FlushToDisk = false });
        _unchecked = _file.Unchecked("asset.tif");
        _checked = _file.Checked("scene.zip");
    }

    /// <summary>Stops the server.</summary>
    [GlobalCleanup]
    public async Task Cleanup()
    {
        _client.Dispose();
        await _file.DisposeAsync();
    }

    /// <summary>The anchor: what a team writes without the kit.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark(Baseline = true, Description = "HttpClient + CopyToAsync to a file")]
    public async Task<long> PlainCopy() => Written(await CopyAsync());

    /// <summary>The anchor of a verified download: the plain copy, then the MD5 of the file it wrote, checked against the header.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark(Description = "HttpClient + CopyToAsync, then MD5 of the file")]
    public async Task<long> PlainCopyThenMd5()
    {
        var path = await CopyAsync();
        await using (var written = File.OpenRead(path))
        {
            var md5 = Convert.ToHexString(await MD5.HashDataAsync(written)).ToLowerInvariant();
            if (md5 != _file.Content.Md5Hex)
            {
                throw new InvalidOperationException($"{path} has MD5 {md5}, not {_file.Content.Md5Hex}.");
            }
        }

        return Written(path);
    }

    /// <summary>The kit's downloader on a file without a checksum, as configured by default (flush to disk on).</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark(Description = "FileDownloader, no checksum, flushed")]
    public async Task<long> Downloader() => Written((await _flushing.DownloadAsync(_unchecked)).Path);

    /// <summary>The same without the flush to disk: like for like with the baseline's writes.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark(Description = "FileDownloader, no checksum, not flushed")]
    public async Task<long> DownloaderNotFlushing() => Written((await _notFlushing.DownloadAsync(_unchecked)).Path);

    /// <summary>The kit's downloader on a file whose MD5 the server announces: hashed while written, then verified.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark(Description = "FileDownloader, MD5 verified, flushed")]
    public async Task<long> DownloaderVerifying() => Written((await _flushing.DownloadAsync(_checked)).Path);

    private async Task<string> CopyAsync()
    {
        var path = Path.Combine(_file.Folder, "plain.zip");
        using var response = await _client.GetAsync(_file.Url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var target = File.Create(path);
        await response.Content.CopyToAsync(target);
        return path;
    }

    private long Written(string path)
    {
        var length = new FileInfo(path).Length;
        File.Delete(path);
        return length == Length ? length : throw new InvalidOperationException($"{path} holds {length} of {Length} bytes.");
    }
}
