using CsCheck;
using ImageryContracts.Downloads;
using ImageryContracts.Http;
using ImageryContracts.Testing.Downloads;
using ImageryContracts.Testing.Faults;

namespace ImageryContracts.Core.Tests.Downloads;

public sealed class ResumeTests
{
    private static readonly SimulatedContent Content = new(Seed: 99, Length: 2_000_001);

    [Fact]
    public async Task A_body_cut_at_a_byte_resumes_from_that_byte_and_the_file_is_byte_identical()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content) { ETag = Content.ETag });
        bed.Server.Faults.Next(1, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.CutBody) { AfterBytes = 777_777 });

        var result = await bed.Downloader().DownloadAsync(file);

        DownloadTestBed.AssertSameBytes(Content, file.TargetPath);
        Assert.Equal((2, 1, 0), (result.Attempts, result.Resumes, result.Restarts));
        Assert.Equal([null, "bytes=777777-"], bed.Server.Requests.Select(request => request.Range));
        Assert.Equal(["scene.zip"], bed.Files());
    }

    [Fact]
    public async Task Cut_at_any_byte_and_resumed_the_file_equals_an_uninterrupted_download()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var content = new SimulatedContent(Seed: 5, Length: 300_007);
        var downloader = bed.Downloader();
        var uninterrupted = await downloader.DownloadAsync(bed.Serve("whole.bin", new SimulatedDownload(content)));
        var expected = await File.ReadAllBytesAsync(uninterrupted.Path);

        await Gen.Select(Gen.Long[0, content.Length - 1], Gen.Long[0, content.Length - 1]).SampleAsync(async cuts =>
        {
            var name = $"cut-{cuts.Item1}-{cuts.Item2}.bin";
            var file = bed.Serve(name, new SimulatedDownload(content) { Checksum = ChecksumHeaders.OneAtlas }) with
            {
                Md5FromResponse = DownloadTestBed.OneAtlasMd5,
            };
            var route = SimulatedFileServer.Route(name);
            bed.Server.Faults.Next(1, route, new Fault(FaultKind.CutBody) { AfterBytes = cuts.Item1 });
            bed.Server.Faults.Next(1, route, new Fault(FaultKind.CutBody) { AfterBytes = cuts.Item2 });

            var result = await downloader.DownloadAsync(file);

            Assert.Equal(expected, await File.ReadAllBytesAsync(result.Path));
            Assert.Equal(content.Md5Hex, result.Md5);
            Assert.True(result.Md5Verified);
            File.Delete(result.Path);
        }, iter: 25, threads: 1);
    }

    [Fact]
    public async Task A_server_without_range_support_restarts_from_zero_and_the_file_is_still_right()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content) { SupportsRanges = false });
        bed.Server.Faults.Next(1, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.CutBody) { AfterBytes = 1_500_000 });

        var result = await bed.Downloader().DownloadAsync(file);

        DownloadTestBed.AssertSameBytes(Content, file.TargetPath);
        Assert.Equal((2, 0, 1), (result.Attempts, result.Resumes, result.Restarts));
        Assert.Equal("bytes=1500000-", bed.Server.Requests[1].Range);
        Assert.Equal(200, bed.Server.Requests[1].StatusCode);
    }

    [Fact]
    public async Task A_partial_file_an_earlier_call_left_is_resumed_by_the_next_call()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content) { Checksum = ChecksumHeaders.OneAtlas }) with
        {
            Md5FromResponse = DownloadTestBed.OneAtlasMd5,
        };
        bed.Server.Faults.Next(1, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.CutBody) { AfterBytes = 1_234_567 });
        await Assert.ThrowsAsync<ImageryApiException>(() => bed.Downloader(DownloadTestBed.FastOptions with { MaxAttempts = 1 }).DownloadAsync(file));
        Assert.Equal(["scene.zip.part", "scene.zip.part.json"], bed.Files());

        var result = await bed.Downloader().DownloadAsync(file);

        DownloadTestBed.AssertSameBytes(Content, file.TargetPath);
        Assert.True(result.Md5Verified);
        Assert.Equal((1, 1, 0), (result.Attempts, result.Resumes, result.Restarts));
        Assert.Equal("bytes=1234567-", bed.Server.Requests[^1].Range);
        Assert.Equal(["scene.zip"], bed.Files());
    }

    [Fact]
    public async Task A_partial_file_of_a_file_the_server_has_since_replaced_is_thrown_away()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var old = new SimulatedContent(Seed: 1, Length: 500_000);
        var file = bed.Serve("scene.zip", new SimulatedDownload(old) { ETag = old.ETag });
        bed.Server.Faults.Next(1, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.CutBody) { AfterBytes = 200_000 });
        await Assert.ThrowsAsync<ImageryApiException>(() => bed.Downloader(DownloadTestBed.FastOptions with { MaxAttempts = 1 }).DownloadAsync(file));
        var replacement = new SimulatedContent(Seed: 2, Length: 500_000);
        bed.Server.Add("scene.zip", new SimulatedDownload(replacement) { ETag = replacement.ETag });

        var result = await bed.Downloader().DownloadAsync(file);

        DownloadTestBed.AssertSameBytes(replacement, file.TargetPath);
        Assert.Equal((1, 0, 1), (result.Attempts, result.Resumes, result.Restarts));
        // If-Range carried the old ETag, so the server itself answered with the whole new file.
        Assert.Equal(200, bed.Server.Requests[^1].StatusCode);
    }

    [Fact]
    public async Task A_partial_file_whose_length_no_longer_matches_is_thrown_away_even_without_an_etag()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(new SimulatedContent(Seed: 1, Length: 500_000)));
        bed.Server.Faults.Next(1, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.CutBody) { AfterBytes = 200_000 });
        await Assert.ThrowsAsync<ImageryApiException>(() => bed.Downloader(DownloadTestBed.FastOptions with { MaxAttempts = 1 }).DownloadAsync(file));
        var replacement = new SimulatedContent(Seed: 2, Length: 600_000);
        bed.Server.Add("scene.zip", new SimulatedDownload(replacement));

        var result = await bed.Downloader().DownloadAsync(file);

        DownloadTestBed.AssertSameBytes(replacement, file.TargetPath);
        Assert.Equal((1, 0, 1), (result.Attempts, result.Resumes, result.Restarts));
        Assert.Equal([206, 200], bed.Server.Requests.TakeLast(2).Select(request => request.StatusCode));
        Assert.Null(bed.Server.Requests[^1].Range);
    }

    [Fact]
    public async Task A_stray_partial_file_with_nothing_to_vouch_for_it_is_started_again_from_zero()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content));
        await File.WriteAllBytesAsync(file.PartPath, new byte[300_000]);

        var result = await bed.Downloader().DownloadAsync(file);

        DownloadTestBed.AssertSameBytes(Content, file.TargetPath);
        Assert.Null(bed.Server.Requests.Single().Range);
        Assert.Equal(0, result.Resumes);
    }

    [Fact]
    public async Task A_partial_file_that_is_already_whole_is_verified_and_renamed_without_its_bytes_being_sent_again()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content) { ETag = Content.ETag });
        var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(report =>
        {
            if (report.Bytes == Content.Length)
            {
                cancel.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            bed.Downloader(DownloadTestBed.FastOptions with { ProgressInterval = TimeSpan.Zero }).DownloadAsync(file, progress, cancel.Token));
        Assert.Equal(Content.Length, new FileInfo(file.PartPath).Length);

        var result = await bed.Downloader().DownloadAsync(file);

        DownloadTestBed.AssertSameBytes(Content, file.TargetPath);
        Assert.Equal(416, bed.Server.Requests[^1].StatusCode);
        Assert.Equal(0, result.Resumes);
    }

    [Fact]
    public async Task Cancelling_leaves_the_partial_file_and_the_next_call_resumes_it()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content));
        bed.Server.Faults.Next(1, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.SlowBody) { AfterBytes = 600_000, BytesPerSecond = 20_000 });
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(report =>
        {
            if (report.Bytes >= 600_000)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            bed.Downloader(DownloadTestBed.FastOptions with { ProgressInterval = TimeSpan.Zero }).DownloadAsync(file, progress, cancel.Token));

        var kept = new FileInfo(file.PartPath).Length;
        Assert.InRange(kept, 600_000, Content.Length - 1);
        Assert.False(File.Exists(file.TargetPath));

        var result = await bed.Downloader().DownloadAsync(file);

        DownloadTestBed.AssertSameBytes(Content, file.TargetPath);
        Assert.Equal(1, result.Resumes);
        Assert.Equal($"bytes={kept}-", bed.Server.Requests[^1].Range);
    }

    [Fact]
    public async Task A_stalled_body_is_abandoned_after_the_stall_timeout_and_resumed()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content));
        bed.Server.Faults.Next(1, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.SlowBody) { AfterBytes = 400_000, BytesPerSecond = 1 });

        var result = await bed.Downloader(DownloadTestBed.FastOptions with { StallTimeout = TimeSpan.FromMilliseconds(300) }).DownloadAsync(file);

        DownloadTestBed.AssertSameBytes(Content, file.TargetPath);
        Assert.Equal((2, 1), (result.Attempts, result.Resumes));
        Assert.StartsWith("bytes=4", bed.Server.Requests[^1].Range, StringComparison.Ordinal);
    }
}
