namespace OrderWorkflow.Workflow;

/// <summary>One file a workflow downloaded, for the summary.</summary>
/// <param name="Path">The file, complete and under its final name.</param>
/// <param name="Length">Its length in bytes (verified against the server's).</param>
/// <param name="ChecksumMatched">Whether the vendor sent an MD5 and the file matched it; <c>false</c> when none was sent (a mismatch fails the download).</param>
public sealed record DownloadedFile(string Path, long Length, bool ChecksumMatched);
