using System.Diagnostics;
using ImageryContracts.Downloads;
using ImageryContracts.Http;
using ImageryContracts.Telemetry;
using ImageryContracts.Testing.Downloads;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.Telemetry;

namespace ImageryContracts.Core.Tests.Downloads;

/// <summary>Each file is one download span, and the bytes counter counts the bytes that crossed the network: a resumed byte once.</summary>
public sealed class DownloadTelemetryTests
{
    private const string Vendor = "OneAtlas";
    private static readonly SimulatedContent Content = new(Seed: 42, Length: 1_000_003);

    [Fact]
    public async Task A_download_cut_and_resumed_is_one_span_and_counts_each_byte_once()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        using var telemetry = new TelemetryCapture();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content) { ETag = Content.ETag }) with { Vendor = Vendor };
        bed.Server.Faults.Next(1, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.CutBody) { AfterBytes = 400_000 });

        var result = await bed.Downloader().DownloadAsync(file);

        Assert.Equal((2, 1), (result.Attempts, result.Resumes));
        Assert.Equal(Content.Length, telemetry.Total(ImageryTelemetry.DownloadedBytesCounter, Vendor));
        var span = Assert.Single(telemetry.SpansNamed(ImageryTelemetry.DownloadSpan));
        Assert.Equal<object?>(
            [Vendor, "scene.zip", Content.Length, 2, 1, 0],
            [.. new[]
            {
                ImageryTelemetry.VendorAttribute, ImageryTelemetry.FileNameAttribute, ImageryTelemetry.FileSizeAttribute,
                ImageryTelemetry.DownloadAttemptsAttribute, ImageryTelemetry.DownloadResumesAttribute, ImageryTelemetry.DownloadRestartsAttribute,
            }.Select(span.GetTagItem)]);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }

    [Fact]
    public async Task A_partial_file_left_by_a_failed_call_is_counted_by_that_call_and_only_the_rest_by_the_next()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        using var telemetry = new TelemetryCapture();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content) { ETag = Content.ETag }) with { Vendor = Vendor };
        bed.Server.Faults.Next(1, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.CutBody) { AfterBytes = 654_321 });
        await Assert.ThrowsAsync<ImageryApiException>(() => bed.Downloader(DownloadTestBed.FastOptions with { MaxAttempts = 1 }).DownloadAsync(file));
        var afterFailure = telemetry.Total(ImageryTelemetry.DownloadedBytesCounter, Vendor);

        await bed.Downloader().DownloadAsync(file);

        Assert.Equal(654_321, afterFailure);
        Assert.Equal(Content.Length, telemetry.Total(ImageryTelemetry.DownloadedBytesCounter, Vendor));
        var spans = telemetry.SpansNamed(ImageryTelemetry.DownloadSpan);
        Assert.Equal([ActivityStatusCode.Error, ActivityStatusCode.Unset], spans.Select(span => span.Status));
        Assert.Equal("Connection", spans[0].GetTagItem(ImageryTelemetry.ErrorTypeAttribute));
        Assert.Equal("scene.zip", spans[0].GetTagItem(ImageryTelemetry.FileNameAttribute));
    }

    [Fact]
    public async Task A_restart_from_zero_counts_again_the_bytes_it_received_before()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        using var telemetry = new TelemetryCapture();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content) { SupportsRanges = false }) with { Vendor = Vendor };
        bed.Server.Faults.Next(1, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.CutBody) { AfterBytes = 300_000 });

        var result = await bed.Downloader().DownloadAsync(file);

        Assert.Equal((2, 0, 1), (result.Attempts, result.Resumes, result.Restarts));
        Assert.Equal(300_000 + Content.Length, telemetry.Total(ImageryTelemetry.DownloadedBytesCounter, Vendor));
        Assert.Equal(1, Assert.Single(telemetry.SpansNamed(ImageryTelemetry.DownloadSpan)).GetTagItem(ImageryTelemetry.DownloadRestartsAttribute));
    }

    [Fact]
    public async Task A_batch_is_one_span_per_file_under_the_callers_span_and_the_bytes_add_up_to_the_files()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        using var telemetry = new TelemetryCapture();
        var contents = Enumerable.Range(0, 5).Select(index => new SimulatedContent(index, 30_000 + index)).ToArray();
        var files = contents.Select((content, index) => bed.Serve($"asset-{index}.tif", new SimulatedDownload(content)) with { Vendor = Vendor }).ToArray();
        var missing = bed.Request("missing.tif", bed.Server.UrlOf("missing.tif")) with { Vendor = Vendor };

        var outcomes = await bed.Downloader(DownloadTestBed.FastOptions with { MaxParallel = 2 }).DownloadAllAsync([.. files, missing]);

        Assert.Equal(5, outcomes.Count(outcome => outcome.Succeeded));
        Assert.Equal(contents.Sum(content => content.Length), telemetry.Total(ImageryTelemetry.DownloadedBytesCounter, Vendor));
        var spans = telemetry.SpansNamed(ImageryTelemetry.DownloadSpan);
        Assert.Equal([.. files.Select(file => Path.GetFileName(file.TargetPath)), "missing.tif"], spans.Select(span => (string)span.GetTagItem(ImageryTelemetry.FileNameAttribute)!).Order(StringComparer.Ordinal));
        Assert.Equal("ErrorStatus", Assert.Single(spans, span => span.Status == ActivityStatusCode.Error).GetTagItem(ImageryTelemetry.ErrorTypeAttribute));
        Assert.All(spans, span => Assert.Equal("test", span.Parent?.OperationName));
    }
}
