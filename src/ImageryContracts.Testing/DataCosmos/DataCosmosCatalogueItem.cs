using ImageryContracts.Geometry;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>
/// A STAC item the simulator can price and sell and, when it has a <see cref="Footprint"/>, find in a search and serve
/// the files of.
/// </summary>
/// <param name="Collection">The STAC collection id.</param>
/// <param name="Item">The STAC item id.</param>
/// <param name="Level">The item's <c>processing:level</c>; order lines must name it (compared case-insensitively).</param>
/// <param name="Satellite">The satellite, as the pricing <c>satellite</c> parameter names it.</param>
/// <param name="AreaKm2">The item's area, priced when no geometry or area narrows it.</param>
public sealed record DataCosmosCatalogueItem(string Collection, string Item, string Level, string Satellite, double AreaKm2)
{
    private static readonly GeoJsonPolygon ToulouseScene = DataCosmosCatalogueSeed.Box(1.38, 43.56, 1.54, 43.68);
    private static readonly GeoJsonPolygon SantiagoScene = DataCosmosCatalogueSeed.Box(-70.75, -33.55, -70.55, -33.35);

    /// <summary>The Sentinel-2 item of the vendor's order example (100.5 km²), over Santiago de Chile.</summary>
    public static DataCosmosCatalogueItem Sentinel2 { get; } =
        new("sentinel-2-l2a", "S2A_MSIL2A_20240101T143751_R096_T19HCC_20240101T183212", "L2A", "Sentinel-2A", 100.5)
        {
            Footprint = SantiagoScene,
            Acquired = new DateTimeOffset(2024, 1, 1, 14, 37, 51, TimeSpan.Zero),
            Platform = "sentinel-2a",
            Constellation = "sentinel-2",
            CloudCover = 4.2,
            Gsd = 10,
            Assets = DataCosmosCollection.SentinelAssets,
        };

    /// <summary>A MANTIS L1D item (25 km²) over Toulouse.</summary>
    public static DataCosmosCatalogueItem Mantis { get; } =
        new("mantis-l1d-cogs", "MANTIS_L1D_20250301T101500_0042", "L1D", "MANTIS", 25)
        {
            Footprint = ToulouseScene,
            Acquired = new DateTimeOffset(2025, 3, 1, 10, 15, 0, TimeSpan.Zero),
            Platform = "mantis",
            Constellation = "open_constellation",
            CloudCover = 2.5,
            Gsd = 3.55,
            Assets = DataCosmosCollection.MantisAssets,
        };

    /// <summary>The items a simulator starts with besides its seeded catalogue, unless the test gives its own.</summary>
    public static IReadOnlyList<DataCosmosCatalogueItem> Defaults { get; } = [Sentinel2, Mantis];

    /// <summary>The footprint; null for an item that can be priced and ordered but is never found by a search.</summary>
    public GeoJsonPolygon? Footprint { get; init; }

    /// <summary>The acquisition time (<c>properties.datetime</c>); also the date part of its storage hrefs.</summary>
    public DateTimeOffset Acquired { get; init; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The STAC <c>platform</c>, lower case as the vendor's collections write it.</summary>
    public string? Platform { get; init; }

    /// <summary>The STAC <c>constellation</c>.</summary>
    public string? Constellation { get; init; }

    /// <summary>The STAC <c>eo:cloud_cover</c> in percent, or null.</summary>
    public double? CloudCover { get; init; }

    /// <summary>The STAC <c>gsd</c> in metres, or null.</summary>
    public double? Gsd { get; init; }

    /// <summary>The item's files.</summary>
    public IReadOnlyList<DataCosmosAsset> Assets { get; init; } = [];

    /// <summary>
    /// Further properties sent as they are (for example <c>opencosmos:qa:rejected</c> as the string <c>"true"</c>, as
    /// production sends some booleans), so a client's lenient reading can be tested.
    /// </summary>
    public IReadOnlyDictionary<string, object> ExtraProperties { get; init; } = new Dictionary<string, object>();
}
