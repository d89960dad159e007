namespace ImageryContracts.Downloads;

/// <summary>
/// A downloaded file is not the file expected: its length or its MD5 differs. The bytes are deleted (partial file
/// included), so the next call starts from zero; no file appears under the final name.
/// </summary>
public sealed class DownloadIntegrityException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which file, which check, the values expected and found, and what to do.</param>
    public DownloadIntegrityException(string message)
        : base(message)
    {
    }

    /// <summary>The file's final path (never created).</summary>
    public required string TargetPath { get; init; }

    /// <summary>Which check failed.</summary>
    public required DownloadIntegrityCheck Check { get; init; }

    /// <summary>The value expected: a length in bytes or an MD5 in hex.</summary>
    public required string Expected { get; init; }

    /// <summary>The value found.</summary>
    public required string Actual { get; init; }

    /// <summary>Where the expected value came from: <c>the caller</c> or <c>the server</c>.</summary>
    public required string ExpectedBy { get; init; }
}
