namespace ImageryContracts.Downloads;

/// <summary>What became of one file of a batch: its result, or the error that stopped it while the others went on.</summary>
/// <param name="Request">The file asked for.</param>
/// <param name="Result">The downloaded file, or <c>null</c> when it failed.</param>
/// <param name="Error">
/// Why it failed: an <see cref="Http.ImageryApiException"/> (an error status, or the connection kept failing), a
/// <see cref="DownloadIntegrityException"/> (wrong length or checksum), or an <see cref="IOException"/> /
/// <see cref="UnauthorizedAccessException"/> from the local disk. <c>null</c> when it succeeded.
/// </param>
public sealed record DownloadOutcome(DownloadRequest Request, DownloadResult? Result, Exception? Error)
{
    /// <summary>Whether the file is in place.</summary>
    public bool Succeeded => Result is not null;
}
