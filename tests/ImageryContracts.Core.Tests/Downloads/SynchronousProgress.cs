using System.Collections.Concurrent;
using ImageryContracts.Downloads;

namespace ImageryContracts.Core.Tests.Downloads;

/// <summary>Records reports as they are made (<see cref="Progress{T}"/> would post them later, out of the test's sight).</summary>
internal sealed class SynchronousProgress(Action<DownloadProgress>? onReport = null) : IProgress<DownloadProgress>
{
    public ConcurrentQueue<DownloadProgress> Reports { get; } = new();

    public void Report(DownloadProgress value)
    {
        Reports.Enqueue(value);
        onReport?.Invoke(value);
    }
}
