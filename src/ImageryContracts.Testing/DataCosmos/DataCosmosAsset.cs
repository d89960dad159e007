namespace ImageryContracts.Testing.DataCosmos;

/// <summary>
/// One file of a catalogue item: its asset key, the file name its storage href ends with, and the deterministic bytes
/// the storage route serves for it (<see cref="Length"/> bytes, generated from the href's path).
/// </summary>
/// <param name="Key">The key under <c>assets</c> (<c>TCI</c>, <c>B01</c>, <c>thumbnail</c>, …).</param>
/// <param name="FileName">The last segment of the storage href (<c>TCI.tif</c>).</param>
/// <param name="MediaType">The asset's <c>type</c> and the download's <c>Content-Type</c>.</param>
/// <param name="Length">The file's length in bytes.</param>
public sealed record DataCosmosAsset(string Key, string FileName, string MediaType, long Length)
{
    /// <summary>The media type of cloud-optimised GeoTIFF bands.</summary>
    public const string CloudOptimizedGeoTiff = "image/tiff; application=geotiff; profile=cloud-optimized";

    /// <summary>The asset's <c>title</c>.</summary>
    public string? Title { get; init; }

    /// <summary>The asset's <c>roles</c> (<c>data</c>, <c>visual</c>, <c>thumbnail</c>, <c>metadata</c>).</summary>
    public IReadOnlyList<string> Roles { get; init; } = ["data"];

    /// <summary>The band's ground sample distance in metres, or null.</summary>
    public double? Gsd { get; init; }

    /// <summary>
    /// Whether the asset has a file. False gives an empty <c>href</c>, as production was seen to send on
    /// <c>menut-l1c-cogs</c>; nothing can be downloaded for it.
    /// </summary>
    public bool HasFile { get; init; } = true;

    /// <summary>
    /// An href outside the simulator (a public bucket, as the 2023 Sentinel-2 items had), sent as it is instead of the
    /// storage route; null, the default, for the simulator's own storage.
    /// </summary>
    public Uri? ExternalHref { get; init; }
}
