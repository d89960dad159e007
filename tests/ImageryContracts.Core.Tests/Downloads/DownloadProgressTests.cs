using ImageryContracts.Downloads;
using ImageryContracts.Testing.Downloads;
using ImageryContracts.Testing.Faults;

namespace ImageryContracts.Core.Tests.Downloads;

public sealed class DownloadProgressTests
{
    private static readonly SimulatedContent Content = new(Seed: 8, Length: 3_000_017);

    [Fact]
    public async Task Bytes_only_grow_and_the_last_report_is_the_whole_length_with_a_rate()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content));
        bed.Server.Faults.Next(1, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.CutBody) { AfterBytes = 1_000_000 });
        var progress = new SynchronousProgress();

        await bed.Downloader(DownloadTestBed.FastOptions with { ProgressInterval = TimeSpan.Zero }).DownloadAsync(file, progress);

        var reports = progress.Reports.ToArray();
        Assert.True(reports.Length > 2);
        Assert.All(reports.Zip(reports.Skip(1)), pair => Assert.True(pair.Second.Bytes >= pair.First.Bytes, $"{pair.Second.Bytes} after {pair.First.Bytes}"));
        Assert.All(reports, report => Assert.Equal(file.TargetPath, report.TargetPath));
        Assert.All(reports, report => Assert.Equal(Content.Length, report.TotalBytes));
        var last = reports[^1];
        Assert.True(last.Completed);
        Assert.Equal(Content.Length, last.Bytes);
        Assert.True(last.BytesPerSecond > 0);
        Assert.Single(reports, report => report.Completed);
    }

    [Fact]
    public async Task Reports_are_throttled_to_the_progress_interval_not_made_per_buffer()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content));
        var progress = new SynchronousProgress();

        await bed.Downloader(DownloadTestBed.FastOptions with { ProgressInterval = TimeSpan.FromHours(1), BufferSize = 4096 }).DownloadAsync(file, progress);

        // Over 700 reads: the first is reported, then nothing within the hour, then the completion.
        Assert.Equal([false, true], progress.Reports.Select(report => report.Completed));
    }
}
