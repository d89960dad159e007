using ImageryContracts.Polling;

namespace ImageryContracts.Core.Tests.Polling;

/// <summary>Collects progress reports synchronously (unlike <see cref="Progress{T}"/>, which posts them later).</summary>
internal sealed class RecordingProgress<T> : IProgress<PollProgress<T>>
{
    public List<PollProgress<T>> Reports { get; } = [];

    public void Report(PollProgress<T> value) => Reports.Add(value);
}
