namespace ImageryContracts.Downloads;

/// <summary>Turns one file's stream of reads into throttled <see cref="DownloadProgress"/> reports with an average rate.</summary>
internal sealed class ProgressReporter(string targetPath, IProgress<DownloadProgress>? sink, TimeSpan interval, TimeProvider time)
{
    private readonly long _start = time.GetTimestamp();
    private long _received;
    private long? _lastReport;

    /// <summary>Counts bytes received by this call, for the rate.</summary>
    public void Received(int count) => _received += count;

    /// <summary>Reports, unless the last report is younger than the interval.</summary>
    public void Report(long bytes, long? total)
    {
        if (sink is null)
        {
            return;
        }

        var now = time.GetTimestamp();
        if (_lastReport is { } last && time.GetElapsedTime(last, now) < interval)
        {
            return;
        }

        _lastReport = now;
        sink.Report(new DownloadProgress(targetPath, bytes, total, Rate(now), Completed: false));
    }

    /// <summary>Reports the file in place, whatever the interval.</summary>
    public void Complete(long length) =>
        sink?.Report(new DownloadProgress(targetPath, length, length, Rate(time.GetTimestamp()), Completed: true));

    private double Rate(long now)
    {
        var seconds = time.GetElapsedTime(_start, now).TotalSeconds;
        return seconds > 0 ? _received / seconds : 0;
    }
}
