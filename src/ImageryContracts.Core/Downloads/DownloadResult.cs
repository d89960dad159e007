namespace ImageryContracts.Downloads;

/// <summary>A file downloaded, verified and in place under its final name.</summary>
/// <param name="Path">The final file.</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="Md5">
/// Its MD5, lower-case hex, computed while it was written; <c>null</c> when neither the caller nor the server gave an
/// MD5 to check it against (hashing costs about as much CPU as the download, so an uncheckable file is not hashed).
/// </param>
/// <param name="Md5Verified">Whether an expected MD5 (the caller's or the server's) was known and matched.</param>
/// <param name="Attempts">How many requests with a body were made (1 when nothing went wrong).</param>
/// <param name="Resumes">How many times the download continued from bytes already on disk (a range request answered 206), including from a partial file an earlier call left.</param>
/// <param name="Restarts">How many times bytes on disk were thrown away and the file started from zero (the server ignored the range, or its file changed).</param>
public sealed record DownloadResult(string Path, long Length, string? Md5, bool Md5Verified, int Attempts, int Resumes, int Restarts);
