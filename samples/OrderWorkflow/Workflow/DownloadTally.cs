using System.Diagnostics;
using ImageryContracts.Downloads;

namespace OrderWorkflow.Workflow;

/// <summary>
/// Sums the progress of a vendor's parallel file downloads into one stage line: files done, bytes of the known total,
/// and the rate since the download stage started.
/// </summary>
/// <param name="progress">The workflow's progress.</param>
/// <param name="step">The download step.</param>
internal sealed class DownloadTally(IProgress<WorkflowStage> progress, int step) : IProgress<DownloadProgress>
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DownloadProgress> _files = new(StringComparer.Ordinal);
    private readonly long _started = Stopwatch.GetTimestamp();

    /// <summary>Reports that the download is starting.</summary>
    public void Start() => progress.Report(new WorkflowStage(step, "downloading"));

    /// <inheritdoc />
    public void Report(DownloadProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string line;
        lock (_gate)
        {
            _files[value.TargetPath] = value;
            var bytes = _files.Values.Sum(file => file.Bytes);
            var total = _files.Values.All(file => file.TotalBytes is not null) ? _files.Values.Sum(file => file.TotalBytes!.Value) : (long?)null;
            var seconds = Math.Max(Stopwatch.GetElapsedTime(_started).TotalSeconds, 0.001);
            line = $"downloading {_files.Values.Count(file => file.Completed)}/{_files.Count} files, {ByteSize.Format(bytes)}"
                + (total is { } known ? $" of {ByteSize.Format(known)}" : string.Empty)
                + $" at {ByteSize.Format(bytes / seconds)}/s";
        }

        progress.Report(new WorkflowStage(step, line));
    }
}
