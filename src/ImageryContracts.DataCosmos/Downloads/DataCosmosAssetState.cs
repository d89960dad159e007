namespace ImageryContracts.DataCosmos.Downloads;

/// <summary>What became of one asset of a paid order's download.</summary>
public enum DataCosmosAssetState
{
    /// <summary>The file is in place, its length (and checksum, when one was known) verified.</summary>
    Downloaded,

    /// <summary>The asset has an empty href, as DataCosmos sends for some items: there is no file to fetch.</summary>
    NoFile,

    /// <summary>The item could not be read again or the file could not be fetched; <see cref="DataCosmosAssetDownload.Error"/> says why.</summary>
    Failed,
}
