using System.Net;
using ImageryContracts.Downloads;
using ImageryContracts.Http;
using ImageryContracts.Testing.Downloads;
using ImageryContracts.Testing.Faults;

namespace ImageryContracts.Core.Tests.Downloads;

public sealed class FileDownloaderTests
{
    private static readonly SimulatedContent Content = new(Seed: 13, Length: 1_000_003);

    [Fact]
    public async Task A_download_puts_the_whole_file_under_its_name_and_leaves_no_partial_file_and_with_nothing_to_check_it_is_not_hashed()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content));

        var result = await bed.Downloader().DownloadAsync(file);

        DownloadTestBed.AssertSameBytes(Content, file.TargetPath);
        Assert.Equal(["scene.zip"], bed.Files());
        Assert.Equal(new DownloadResult(file.TargetPath, Content.Length, Md5: null, Md5Verified: false, Attempts: 1, Resumes: 0, Restarts: 0), result);
    }

    [Fact]
    public async Task The_md5_the_server_announces_in_headers_is_verified()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content) { Checksum = ChecksumHeaders.OneAtlas }) with
        {
            Md5FromResponse = DownloadTestBed.OneAtlasMd5,
        };

        var result = await bed.Downloader().DownloadAsync(file);

        Assert.True(result.Md5Verified);
        Assert.Equal(Content.Md5Hex, result.Md5);
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_yet_is_created()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var url = bed.Server.Add("scene.zip", new SimulatedDownload(Content));
        var file = new DownloadRequest(Path.Combine(bed.Folder, "oneatlas", "order-1", "scene.zip"), _ => ValueTask.FromResult(new HttpRequestMessage(HttpMethod.Get, url)));

        await bed.Downloader().DownloadAsync(file);

        DownloadTestBed.AssertSameBytes(Content, file.TargetPath);
    }

    [Theory]
    [InlineData(FaultKind.InternalServerError)]
    [InlineData(FaultKind.ServiceUnavailable)]
    [InlineData(FaultKind.TooManyRequests)]
    [InlineData(FaultKind.ConnectionReset)]
    public async Task A_transient_failure_is_retried_and_the_file_still_arrives(FaultKind kind)
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content));
        bed.Server.Faults.Next(2, SimulatedFileServer.Route("scene.zip"), new Fault(kind));

        var result = await bed.Downloader().DownloadAsync(file);

        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, bed.Server.Requests.To(SimulatedFileServer.Route("scene.zip")).Count);
        DownloadTestBed.AssertSameBytes(Content, file.TargetPath);
    }

    [Fact]
    public async Task A_404_is_a_typed_error_at_once_with_no_retry()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Request("missing.zip", bed.Server.UrlOf("missing.zip")) with { Vendor = "OneAtlas", Operation = "downloadItem" };

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => bed.Downloader().DownloadAsync(file));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(ImageryFailureKind.ErrorStatus, error.Kind);
        Assert.Equal(("OneAtlas", "downloadItem"), (error.Vendor, error.Operation));
        Assert.False(error.IsTransient);
        Assert.Contains("missing.zip", error.Message, StringComparison.Ordinal);
        Assert.Contains("No file 'missing.zip' is served", error.RawBody, StringComparison.Ordinal);
        Assert.Single(bed.Server.Requests);
        Assert.Empty(bed.Files());
    }

    [Fact]
    public async Task When_every_attempt_fails_the_error_is_typed_and_the_bytes_received_are_kept()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content));
        bed.Server.Faults.Next(3, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.CutBody) { AfterBytes = 100_000 });

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => bed.Downloader(DownloadTestBed.FastOptions with { MaxAttempts = 3 }).DownloadAsync(file));

        Assert.Equal(ImageryFailureKind.Connection, error.Kind);
        Assert.True(error.IsTransient);
        Assert.Contains("failed 3 time(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains(file.PartPath, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(file.TargetPath));
        Assert.Equal(300_000, new FileInfo(file.PartPath).Length);
    }

    [Fact]
    public async Task A_status_the_server_keeps_answering_is_named_when_attempts_run_out()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content));
        bed.Server.Faults.Next(2, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.ServiceUnavailable));

        var error = await Assert.ThrowsAsync<ImageryApiException>(() => bed.Downloader(DownloadTestBed.FastOptions with { MaxAttempts = 2 }).DownloadAsync(file));

        Assert.Equal((int)HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(ImageryFailureKind.ErrorStatus, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
    }

    [Fact]
    public void Out_of_range_options_are_refused_with_each_setting_named()
    {
        using var client = new HttpClient();

        var error = Assert.Throws<ArgumentException>(() => new FileDownloader(client, new DownloadOptions { MaxAttempts = 0, MaxParallel = 0, StallTimeout = TimeSpan.Zero }));

        Assert.Contains("MaxAttempts is 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxParallel is 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("StallTimeout is 00:00:00", error.Message, StringComparison.Ordinal);
    }
}
