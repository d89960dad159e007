using ImageryContracts.Downloads;
using ImageryContracts.Http;
using ImageryContracts.Testing.Downloads;
using ImageryContracts.Testing.Faults;

namespace ImageryContracts.Core.Tests.Downloads;

public sealed class BatchDownloadTests
{
    [Fact]
    public async Task No_more_than_max_parallel_files_download_at_once()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var contents = Enumerable.Range(0, 8).Select(index => new SimulatedContent(index, 20_000)).ToArray();
        var files = contents.Select((content, index) => bed.Serve($"asset-{index}.tif", new SimulatedDownload(content))).ToArray();
        bed.Server.Faults.Randomly(1, 0, "GET /files/{name}", new Fault(FaultKind.SlowBody) { BytesPerSecond = 200_000 });
        using var probe = new ConcurrencyProbe(new SocketsHttpHandler());
        using var client = new HttpClient(probe);

        var outcomes = await new FileDownloader(client, DownloadTestBed.FastOptions with { MaxParallel = 3 }).DownloadAllAsync(files);

        Assert.All(outcomes, outcome => Assert.True(outcome.Succeeded, outcome.Error?.Message));
        Assert.Equal(3, probe.MaxConcurrent);
        foreach (var (content, file) in contents.Zip(files))
        {
            DownloadTestBed.AssertSameBytes(content, file.TargetPath);
        }
    }

    [Fact]
    public async Task A_file_that_fails_is_reported_in_its_outcome_and_the_others_still_arrive()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var content = new SimulatedContent(3, 50_000);
        var first = bed.Serve("a.tif", new SimulatedDownload(content));
        var missing = bed.Request("b.tif", bed.Server.UrlOf("b.tif"));
        var wrong = bed.Serve("c.tif", new SimulatedDownload(content)) with { ExpectedMd5 = new string('0', 32) };
        var last = bed.Serve("d.tif", new SimulatedDownload(content));

        var outcomes = await bed.Downloader(DownloadTestBed.FastOptions with { MaxParallel = 2 }).DownloadAllAsync([first, missing, wrong, last]);

        Assert.Equal([first, missing, wrong, last], outcomes.Select(outcome => outcome.Request));
        Assert.Equal([true, false, false, true], outcomes.Select(outcome => outcome.Succeeded));
        Assert.Equal(404, Assert.IsType<ImageryApiException>(outcomes[1].Error).StatusCode);
        Assert.IsType<DownloadIntegrityException>(outcomes[2].Error);
        Assert.Equal(["a.tif", "d.tif"], bed.Files());
    }

    [Fact]
    public async Task Two_files_with_one_target_are_refused_before_anything_is_sent()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("a.tif", new SimulatedDownload(new SimulatedContent(1, 10)));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => bed.Downloader().DownloadAllAsync([file, file]));

        Assert.Contains(file.TargetPath, error.Message, StringComparison.Ordinal);
        Assert.Empty(bed.Server.Requests);
    }

    /// <summary>Counts responses whose body is still open: a download holds its response until its body is read.</summary>
    private sealed class ConcurrencyProbe(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _open;
        private int _max;

        public int MaxConcurrent => Volatile.Read(ref _max);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var open = Interlocked.Increment(ref _open);
            int max;
            while (open > (max = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, open, max) != max)
            {
            }

            var response = await base.SendAsync(request, cancellationToken);
            response.Content = new ClosingContent(response.Content, () => Interlocked.Decrement(ref _open));
            return response;
        }
    }

    private sealed class ClosingContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly Action _onClosed;
        private int _closed;

        public ClosingContent(HttpContent inner, Action onClosed)
        {
            _inner = inner;
            _onClosed = onClosed;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => _inner.CopyToAsync(stream);

        protected override Task<Stream> CreateContentReadStreamAsync() => _inner.ReadAsStreamAsync();

        protected override bool TryComputeLength(out long length)
        {
            length = _inner.Headers.ContentLength ?? 0;
            return _inner.Headers.ContentLength is not null;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref _closed, 1) == 0)
            {
                _inner.Dispose();
                _onClosed();
            }

            base.Dispose(disposing);
        }
    }
}
