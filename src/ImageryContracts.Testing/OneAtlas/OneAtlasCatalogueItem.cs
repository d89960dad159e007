using ImageryContracts.Geometry;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>An archive image the simulator can price and order: the <c>id</c> a product names, its sensor and footprint.</summary>
/// <param name="Id">The catalogue item's id, as the search API would return it.</param>
/// <param name="Sensor">The sensor as the spec writes it (<c>SPOT</c>, <c>PHR</c>, <c>PNEO</c>); the spec's sensor rules are checked against it.</param>
/// <param name="SourceId">The data strip id reported as <c>datas.sourceId</c>.</param>
/// <param name="Footprint">The image footprint, reported as <c>datas.segmentFootprint</c>.</param>
public sealed record OneAtlasCatalogueItem(Guid Id, string Sensor, string SourceId, GeoJsonPolygon Footprint)
{
    private static readonly GeoJsonPolygon Toulouse = Box(1.30, 43.50, 1.60, 43.70);
    private static readonly GeoJsonPolygon Denver = Box(-104.90, 39.70, -104.60, 39.90);

    /// <summary>A Pléiades image over Toulouse, the item of the vendor's price example.</summary>
    public static OneAtlasCatalogueItem ToulousePleiades { get; } =
        new(Guid.Parse("d42de348-110b-4ed6-a597-755867b3ee54"), "PHR", "DS_PHR1A_201705111101521_FR1_PX_E001N43_0923_01783", Toulouse);

    /// <summary>A SPOT image over Toulouse.</summary>
    public static OneAtlasCatalogueItem ToulouseSpot { get; } =
        new(Guid.Parse("0c1d2e3f-4a5b-4c6d-8e7f-90a1b2c3d4e5"), "SPOT", "DS_SPOT7_202103101045123_FR1_FR1_SV1_SV1_E001N43_01234", Toulouse);

    /// <summary>A Pléiades Neo image over Toulouse.</summary>
    public static OneAtlasCatalogueItem ToulousePleiadesNeo { get; } =
        new(Guid.Parse("1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6"), "PNEO", "DS_PNEO3_202205061045123_FR1_PX_E001N43_0701_02345", Toulouse);

    /// <summary>The first Pléiades image of the vendor's product-list example (Denver).</summary>
    public static OneAtlasCatalogueItem DenverPleiadesA { get; } =
        new(Guid.Parse("b6777f1b-5a43-452c-bc1b-42223bac23cb"), "PHR", "DS_PHR1B_201906181752344_FR1_PX_W105N39_0316_01542", Denver);

    /// <summary>The second Pléiades image of the vendor's product-list example (Denver).</summary>
    public static OneAtlasCatalogueItem DenverPleiadesB { get; } =
        new(Guid.Parse("e1ce3f3d-931b-4274-9120-7dd23d0a517d"), "PHR", "DS_PHR1A_202007021753101_FR1_PX_W105N39_0417_01766", Denver);

    /// <summary>The catalogue a simulator starts with unless the test gives its own.</summary>
    public static IReadOnlyList<OneAtlasCatalogueItem> Defaults { get; } =
        [ToulousePleiades, ToulouseSpot, ToulousePleiadesNeo, DenverPleiadesA, DenverPleiadesB];

    private static GeoJsonPolygon Box(double west, double south, double east, double north) =>
        new([new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)]);
}
