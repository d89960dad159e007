using ImageryContracts.Geometry;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>
/// A catalogue image the simulator can find, price and order: the <c>id</c> a product names, its sensor and footprint,
/// and the metadata a search filters and sorts on. Unset metadata follows the sensor (platform, resolution,
/// workspace) or a fixed acquisition.
/// </summary>
/// <param name="Id">The catalogue item's id (<c>properties.id</c>).</param>
/// <param name="Sensor">The sensor as the spec writes it (<c>SPOT</c>, <c>PHR</c>, <c>PNEO</c>); the spec's sensor rules are checked against it, and its constellation is the spec's mapping back from it.</param>
/// <param name="SourceId">The data strip id reported as <c>sourceIdentifier</c> and <c>datas.sourceId</c>.</param>
/// <param name="Footprint">The image footprint, reported as the feature's geometry and <c>datas.segmentFootprint</c>.</param>
public sealed record OneAtlasCatalogueItem(Guid Id, string Sensor, string SourceId, GeoJsonPolygon Footprint)
{
    private static readonly GeoJsonPolygon Toulouse = Box(1.30, 43.50, 1.60, 43.70);
    private static readonly GeoJsonPolygon Denver = Box(-104.90, 39.70, -104.60, 39.90);

    /// <summary>The satellite (<c>PHR1A</c>, <c>SPOT7</c>, <c>PNEO3</c>, …); by default the sensor's first one.</summary>
    public string Platform { get; init; } = Sensor switch { "SPOT" => "SPOT7", "PNEO" => "PNEO3", _ => "PHR1A" };

    /// <summary>When the image was taken.</summary>
    public DateTimeOffset AcquisitionDate { get; init; } = new(2021, 5, 11, 10, 45, 12, 305, TimeSpan.Zero);

    /// <summary>When the item was published in the catalogue; by default a day after acquisition.</summary>
    public DateTimeOffset? PublicationDate { get; init; }

    /// <summary>The acquisition's cloud cover in percent.</summary>
    public double CloudCover { get; init; }

    /// <summary>The snow cover in percent.</summary>
    public double SnowCover { get; init; }

    /// <summary>The incidence angle in degrees.</summary>
    public double IncidenceAngle { get; init; } = 12.5;

    /// <summary>The ground resolution in metres; by default the sensor's (SPOT 1.5, Pléiades 0.5, Pléiades Neo 0.3).</summary>
    public double Resolution { get; init; } = Sensor switch { "SPOT" => 1.5, "PNEO" => 0.3, _ => 0.5 };

    /// <summary><c>SENSOR</c> (an orderable full product) or <c>ALBUM</c> (an archive preview).</summary>
    public string ProcessingLevel { get; init; } = "SENSOR";

    /// <summary>The workspace the item is in; by default the Living Library's for the sensor.</summary>
    public OneAtlasWorkspace Workspace { get; init; } = Sensor == "PNEO" ? OneAtlasWorkspace.PublicPneo : OneAtlasWorkspace.Public;

    /// <summary>For a delivered product: the catalogue item that was ordered; null for Living Library images.</summary>
    public Guid? OrderedItemId { get; init; }

    /// <summary>The publication date, or a day after acquisition when none was given.</summary>
    public DateTimeOffset PublishedAt => PublicationDate ?? AcquisitionDate.AddDays(1);

    /// <summary>The catalogue's product type: <c>bundle</c> for SENSOR items, <c>mono</c> for ALBUM ones.</summary>
    public string ProductType => ProcessingLevel == "ALBUM" ? "mono" : "bundle";

    /// <summary><c>IN_CLOUD</c> for SENSOR items, <c>ARCHIVED</c> for ALBUM ones.</summary>
    public string ProductionStatus => ProcessingLevel == "ALBUM" ? "ARCHIVED" : "IN_CLOUD";

    /// <summary>A Pléiades image over Toulouse, the item of the vendor's price example.</summary>
    public static OneAtlasCatalogueItem ToulousePleiades { get; } =
        new(Guid.Parse("d42de348-110b-4ed6-a597-755867b3ee54"), "PHR", "DS_PHR1A_201705111101521_FR1_PX_E001N43_0923_01783", Toulouse)
        {
            AcquisitionDate = new DateTimeOffset(2017, 5, 11, 11, 1, 52, 100, TimeSpan.Zero),
            CloudCover = 0,
        };

    /// <summary>A SPOT image over Toulouse.</summary>
    public static OneAtlasCatalogueItem ToulouseSpot { get; } =
        new(Guid.Parse("0c1d2e3f-4a5b-4c6d-8e7f-90a1b2c3d4e5"), "SPOT", "DS_SPOT7_202103101045123_FR1_FR1_SV1_SV1_E001N43_01234", Toulouse)
        {
            AcquisitionDate = new DateTimeOffset(2021, 3, 10, 10, 45, 12, 300, TimeSpan.Zero),
            CloudCover = 4.2,
        };

    /// <summary>A Pléiades Neo image over Toulouse.</summary>
    public static OneAtlasCatalogueItem ToulousePleiadesNeo { get; } =
        new(Guid.Parse("1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6"), "PNEO", "DS_PNEO3_202205061045123_FR1_PX_E001N43_0701_02345", Toulouse)
        {
            AcquisitionDate = new DateTimeOffset(2022, 5, 6, 10, 45, 12, 300, TimeSpan.Zero),
            CloudCover = 1.5,
        };

    /// <summary>The first Pléiades image of the vendor's product-list example (Denver).</summary>
    public static OneAtlasCatalogueItem DenverPleiadesA { get; } =
        new(Guid.Parse("b6777f1b-5a43-452c-bc1b-42223bac23cb"), "PHR", "DS_PHR1B_201906181752344_FR1_PX_W105N39_0316_01542", Denver)
        {
            Platform = "PHR1B",
            AcquisitionDate = new DateTimeOffset(2019, 6, 18, 17, 52, 34, 400, TimeSpan.Zero),
        };

    /// <summary>The second Pléiades image of the vendor's product-list example (Denver).</summary>
    public static OneAtlasCatalogueItem DenverPleiadesB { get; } =
        new(Guid.Parse("e1ce3f3d-931b-4274-9120-7dd23d0a517d"), "PHR", "DS_PHR1A_202007021753101_FR1_PX_W105N39_0417_01766", Denver)
        {
            AcquisitionDate = new DateTimeOffset(2020, 7, 2, 17, 53, 10, 100, TimeSpan.Zero),
        };

    /// <summary>The named images of the vendor's examples, which every simulator's catalogue includes unless a test gives its own.</summary>
    public static IReadOnlyList<OneAtlasCatalogueItem> Defaults { get; } =
        [ToulousePleiades, ToulouseSpot, ToulousePleiadesNeo, DenverPleiadesA, DenverPleiadesB];

    /// <summary>A longitude/latitude box as a closed polygon.</summary>
    internal static GeoJsonPolygon Box(double west, double south, double east, double north) =>
        new([new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)]);
}
