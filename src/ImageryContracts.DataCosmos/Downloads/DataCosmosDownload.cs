using ImageryContracts.DataCosmos.Models;

namespace ImageryContracts.DataCosmos.Downloads;

/// <summary>The download of a paid order: every asset of every ordered item, each with what became of it.</summary>
/// <param name="Order">The paid order.</param>
/// <param name="Folder">The folder the files went to, one sub-folder per collection and item.</param>
/// <param name="Assets">One entry per asset, in the order's and then the item's order, and one per item that could not be read again.</param>
public sealed record DataCosmosDownload(Order Order, string Folder, IReadOnlyList<DataCosmosAssetDownload> Assets)
{
    /// <summary>The assets whose files are in place.</summary>
    public IEnumerable<DataCosmosAssetDownload> Downloaded => Assets.Where(asset => asset.State == DataCosmosAssetState.Downloaded);

    /// <summary>The assets and items that failed; calling again resumes their partial files.</summary>
    public IEnumerable<DataCosmosAssetDownload> Failed => Assets.Where(asset => asset.State == DataCosmosAssetState.Failed);

    /// <summary>Whether every asset that has a file is in place.</summary>
    public bool IsComplete => !Failed.Any();
}
