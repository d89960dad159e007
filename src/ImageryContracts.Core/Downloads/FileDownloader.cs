using ImageryContracts.Http;
using ImageryContracts.Telemetry;
using Polly;
using Polly.Retry;

namespace ImageryContracts.Downloads;

/// <summary>
/// Downloads files over HTTP into place, one or a bounded batch at a time, in constant memory whatever their size.
/// </summary>
/// <remarks>
/// <para>
/// The bytes go to <c>target.part</c> beside the target and take the final name in one rename only once their length
/// and MD5 are verified, so a file under its final name is always whole. A mismatch deletes the part and throws
/// <see cref="DownloadIntegrityException"/>.
/// </para>
/// <para>
/// After a reset connection, a stalled body (<see cref="DownloadOptions.StallTimeout"/>), a timeout, 408, 429 or 5xx,
/// the next attempt (exponential backoff with jitter, or the server's <c>Retry-After</c>) asks for
/// <c>Range: bytes=&lt;bytes on disk&gt;-</c>. The bytes on disk are continued only when the server answers 206 from
/// exactly that byte for the same file; a 200 means it ignored the range, and the file restarts from zero. Any other
/// 4xx stops at once with an <see cref="ImageryApiException"/>; so does the last failed attempt.
/// </para>
/// <para>
/// Each file is an <see cref="ImageryTelemetry.DownloadSpan"/> span of <see cref="ImageryTelemetry.Source"/>, and every
/// byte received counts in <see cref="ImageryTelemetry.DownloadedBytesCounter"/> under <see cref="DownloadRequest.Vendor"/>.
/// </para>
/// <para>
/// The same file means: the validator kept beside the part (<c>.part.json</c>: the length, <c>ETag</c> and MD5 the
/// response that started it announced) and the new response's share at least one known value and differ in none. A
/// strong <c>ETag</c> is also sent as <c>If-Range</c>, so a server that knows the file changed answers 200 itself. A
/// part left by an earlier call (cancelled, or out of attempts) is resumed by this rule; a part without a readable
/// validator is started again from zero. Cancelling leaves the part and its validator for the next call.
/// </para>
/// </remarks>
public sealed class FileDownloader
{
    private readonly HttpMessageInvoker _http;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _retry;

    /// <summary>Creates the downloader.</summary>
    /// <param name="http">
    /// Sends the requests; an <see cref="HttpClient"/> is asked for headers first (the body streams). A vendor's client
    /// may carry its own handlers (tokens, retries of the request): requests are marked <see cref="StreamedResponse"/>
    /// so the kit's pipeline leaves the body unbuffered. Not disposed by the downloader.
    /// </param>
    /// <param name="options">Attempts, backoff, stall timeout, parallelism and progress; <c>null</c> for the defaults.</param>
    /// <param name="timeProvider">The clock of backoff, stall timeouts and progress; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException">An option is out of range; the message names each.</exception>
    public FileDownloader(HttpMessageInvoker http, DownloadOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        options ??= new DownloadOptions();
        if (options.Problems(nameof(DownloadOptions)) is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _http = http;
        _time = timeProvider ?? TimeProvider.System;
        Options = options;
        _retry = BuildRetry(options, _time);
    }

    /// <summary>The options in force.</summary>
    public DownloadOptions Options { get; }

    /// <summary>Downloads one file into place.</summary>
    /// <param name="file">The file, how to ask for it, and what it must be.</param>
    /// <param name="progress">Receives throttled reports, and a last one when the file is in place.</param>
    /// <param name="cancellationToken">Stops the download, leaving the partial file for the next call to resume.</param>
    /// <returns>The file in place, with its length, MD5 and how it got there.</returns>
    /// <exception cref="ImageryApiException">The server refused (4xx), or every attempt failed; the partial file is kept.</exception>
    /// <exception cref="DownloadIntegrityException">The length or MD5 is wrong; nothing is kept.</exception>
    /// <exception cref="IOException">The local disk failed, or another download holds the partial file.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<DownloadResult> DownloadAsync(DownloadRequest file, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var reporter = new ProgressReporter(file.TargetPath, progress, Options.ProgressInterval, _time);
        return TracedCall.RunAsync(
            ImageryTelemetry.DownloadSpan,
            file.Vendor,
            [new(ImageryTelemetry.FileNameAttribute, Path.GetFileName(file.TargetPath))],
            () => new FileDownload(file, _http, Options, _time, reporter).RunAsync(_retry, cancellationToken),
            (span, result) => span
                .SetTag(ImageryTelemetry.FileSizeAttribute, result.Length)
                .SetTag(ImageryTelemetry.DownloadAttemptsAttribute, result.Attempts)
                .SetTag(ImageryTelemetry.DownloadResumesAttribute, result.Resumes)
                .SetTag(ImageryTelemetry.DownloadRestartsAttribute, result.Restarts));
    }

    /// <summary>
    /// Downloads many files, at most <see cref="DownloadOptions.MaxParallel"/> at once. One file's failure is reported in
    /// its outcome and the others carry on; only cancellation stops the batch.
    /// </summary>
    /// <param name="files">The files; no two may share a target.</param>
    /// <param name="progress">Receives every file's reports (from several threads at once: it must be thread-safe, as <see cref="Progress{T}"/> is).</param>
    /// <param name="cancellationToken">Stops every download, leaving their partial files for the next call.</param>
    /// <returns>One outcome per file, in the order given.</returns>
    /// <exception cref="ArgumentException">Two files share a target path.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<IReadOnlyList<DownloadOutcome>> DownloadAllAsync(
        IEnumerable<DownloadRequest> files, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var list = files.ToArray();
        var comparer = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        if (list.GroupBy(file => file.TargetPath, comparer).FirstOrDefault(group => group.Count() > 1) is { } shared)
        {
            throw new ArgumentException($"{shared.Count()} files of the batch go to {shared.Key}; give each file its own target path.", nameof(files));
        }

        var outcomes = new DownloadOutcome[list.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxParallel, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, list.Length), parallel, async (index, token) =>
        {
            var file = list[index];
            try
            {
                outcomes[index] = new DownloadOutcome(file, await DownloadAsync(file, progress, token).ConfigureAwait(false), null);
            }
            catch (Exception exception) when (exception is ImageryApiException or DownloadIntegrityException or IOException or UnauthorizedAccessException)
            {
                outcomes[index] = new DownloadOutcome(file, null, exception);
            }
        }).ConfigureAwait(false);
        return outcomes;
    }

    private static ResiliencePipeline BuildRetry(DownloadOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<TransientDownloadException>(),
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                DelayGenerator = arguments => ValueTask.FromResult(
                    arguments.Outcome.Exception is TransientDownloadException { RetryAfter: { } wait }
                        ? (TimeSpan?)TimeSpan.FromTicks(Math.Min(wait.Ticks, options.MaxRetryDelay.Ticks))
                        : null),
            });
        }

        return builder.Build();
    }
}
