using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Geometry;

namespace ImageryContracts.DataCosmos.Catalogue;

/// <summary>
/// A catalogue image found by a search: the ids an order line names, its sensor (platform and processing level), when
/// it was taken, its cloud cover and footprint, its price when the search named a contract, and its files.
/// </summary>
public sealed record DataCosmosImage
{
    /// <summary>The STAC item id, the <c>item</c> of an order line.</summary>
    public required string Id { get; init; }

    /// <summary>The STAC collection id, the <c>collection</c> of an order line.</summary>
    public required string Collection { get; init; }

    /// <summary>The satellite (<c>mantis</c>, <c>menut</c>, <c>sentinel-2a</c>); its case varies between collections.</summary>
    public string? Platform { get; init; }

    /// <summary>The constellation, if the item says.</summary>
    public string? Constellation { get; init; }

    /// <summary>The processing level (<c>L1D</c>, <c>L2A</c>), the <c>level</c> of an order line; its case varies.</summary>
    public string? ProcessingLevel { get; init; }

    /// <summary>When the image was taken (UTC).</summary>
    public DateTimeOffset? Acquired { get; init; }

    /// <summary>The share of the image covered by cloud, in percent.</summary>
    public double? CloudCover { get; init; }

    /// <summary>The footprint, when the item's geometry is a Polygon (every recorded one is); null otherwise.</summary>
    public GeoJsonPolygon? Footprint { get; init; }

    /// <summary>The footprint's bounding box (west, south, east, north), if the item has one.</summary>
    public IReadOnlyList<double?>? Bbox { get; init; }

    /// <summary>The price under the search's contract, when the vendor gave one.</summary>
    public decimal? Price { get; init; }

    /// <summary>The ISO 4217 currency of <see cref="Price"/>.</summary>
    public string? PriceCurrency { get; init; }

    /// <summary>The image's area in km², if the item says.</summary>
    public double? AreaKm2 { get; init; }

    /// <summary>The image's files by asset key; an empty href means the asset has no file.</summary>
    public IReadOnlyDictionary<string, StacAsset> Assets { get; init; } = new Dictionary<string, StacAsset>();

    /// <summary>The item as the vendor sent it, with every field this record does not lift (in its additional data).</summary>
    public required StacItem Item { get; init; }

    /// <summary>The area an AOI is checked against: the footprint, else the bounding box; null when the item has neither.</summary>
    public GeoJsonPolygon? Coverage => Footprint ?? StacGeoJson.BoxOf(Bbox);

    /// <summary>The image an item describes, or null when it lacks the id or collection an order needs.</summary>
    /// <param name="item">A search result or a re-read item.</param>
    /// <returns>The image.</returns>
    public static DataCosmosImage? FromItem(StacItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item is not { Id: { Length: > 0 } id, Collection: { Length: > 0 } collection })
        {
            return null;
        }

        var properties = item.Properties ?? new StacItemProperties();
        return new DataCosmosImage
        {
            Id = id,
            Collection = collection,
            Platform = properties.Platform,
            Constellation = properties.Constellation,
            ProcessingLevel = properties.ProcessingLevel,
            Acquired = properties.Datetime,
            CloudCover = properties.EoCloudCover,
            Footprint = StacGeoJson.ToPolygon(item.Geometry),
            Bbox = item.Bbox,
            Price = properties.OpencosmosPrice,
            PriceCurrency = properties.OpencosmosPriceCurrency,
            AreaKm2 = properties.OpencosmosDataAreaKm2,
            Assets = item.Assets ?? [],
            Item = item,
        };
    }
}
