using ImageryContracts.Downloads;

namespace ImageryContracts.DataCosmos.Downloads;

/// <summary>One asset of a paid order's download, or one item that could not be read again.</summary>
/// <param name="Collection">The item's collection id.</param>
/// <param name="Item">The item's id.</param>
/// <param name="AssetKey">The asset's key (<c>TCI</c>, <c>thumbnail</c>, …); null for an item that could not be read again.</param>
/// <param name="Href">The asset's href as the item gave it; null for an item that could not be read again.</param>
/// <param name="State">Whether the file is in place, had no href, or failed.</param>
public sealed record DataCosmosAssetDownload(string Collection, string Item, string? AssetKey, string? Href, DataCosmosAssetState State)
{
    /// <summary>The file in place, with its length and MD5, when <see cref="State"/> is <see cref="DataCosmosAssetState.Downloaded"/>.</summary>
    public DownloadResult? File { get; init; }

    /// <summary>Why it failed, when <see cref="State"/> is <see cref="DataCosmosAssetState.Failed"/>; a partial file is kept for the next call to resume.</summary>
    public Exception? Error { get; init; }
}
