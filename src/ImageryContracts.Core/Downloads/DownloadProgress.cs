namespace ImageryContracts.Downloads;

/// <summary>
/// How far one file's download is, reported at most once per <see cref="DownloadOptions.ProgressInterval"/> and once
/// more when the file is in place (then <see cref="Bytes"/> equals the length and <see cref="Completed"/> is true).
/// </summary>
/// <param name="TargetPath">The file's final path, which tells the files of a batch apart.</param>
/// <param name="Bytes">Bytes on disk so far, including those resumed from an earlier attempt; back to 0 when the download restarts from zero.</param>
/// <param name="TotalBytes">The file's length, once the server has said it.</param>
/// <param name="BytesPerSecond">The average rate of the bytes received by this call so far.</param>
/// <param name="Completed">Whether this is the last report: the file is verified and under its final name.</param>
public sealed record DownloadProgress(string TargetPath, long Bytes, long? TotalBytes, double BytesPerSecond, bool Completed);
