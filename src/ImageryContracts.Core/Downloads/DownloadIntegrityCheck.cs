namespace ImageryContracts.Downloads;

/// <summary>Which check a downloaded file failed.</summary>
public enum DownloadIntegrityCheck
{
    /// <summary>The length differs from the one expected (the caller's, or the one the server announced).</summary>
    Length,

    /// <summary>The MD5 differs from the one expected (the caller's, or the one the server announced).</summary>
    Md5,
}
