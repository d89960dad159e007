namespace ImageryContracts.Testing.DataCosmos;

/// <summary>
/// A STAC collection the seeded catalogue draws items from, with what every item of it shares: platform, level,
/// satellite, ground sample distance, scene size and files. The ids, platforms and levels are the vendor's
/// (<c>../shared/vendor-facts/datacosmos-stac.md</c> §6); the sizes and files are the simulator's.
/// </summary>
/// <param name="Id">The collection id.</param>
/// <param name="Platform">The items' <c>platform</c>.</param>
/// <param name="Level">The items' <c>processing:level</c>.</param>
/// <param name="Satellite">The pricing <c>satellite</c> name.</param>
/// <param name="Constellation">The items' <c>constellation</c>.</param>
/// <param name="Gsd">The ground sample distance in metres.</param>
/// <param name="SceneDegrees">The width and height of a scene in degrees.</param>
/// <param name="Assets">The files every item has.</param>
public sealed record DataCosmosCollection(
    string Id, string Platform, string Level, string Satellite, string Constellation, double Gsd, double SceneDegrees, IReadOnlyList<DataCosmosAsset> Assets)
{
    private const long Band = 128 * 1024;
    private const long Visual = 256 * 1024;

    // Static initializers run in text order: the shared files come before the lists that use them.
    private static DataCosmosAsset Thumbnail { get; } = new("thumbnail", "thumbnail.webp", "image/webp", 8 * 1024) { Title = "Thumbnail", Roles = ["thumbnail"] };

    private static DataCosmosAsset Metadata { get; } = new("metadata", "metadata.json", "application/json", 2 * 1024) { Title = "Metadata", Roles = ["metadata"] };

    /// <summary>MANTIS L1D files: four bands, a true-colour image, a thumbnail and metadata.</summary>
    public static IReadOnlyList<DataCosmosAsset> MantisAssets { get; } = [.. Bands(3.55, "B", "G", "R", "NIR"), TrueColour("TCI", 3.55), Thumbnail, Metadata];

    /// <summary>Sentinel-2 L2A files: four bands, the visual image and a thumbnail.</summary>
    public static IReadOnlyList<DataCosmosAsset> SentinelAssets { get; } = [.. Bands(10, "B02", "B03", "B04", "B08"), TrueColour("visual", 10), Thumbnail];

    /// <summary>The collections of the seeded catalogue.</summary>
    public static IReadOnlyList<DataCosmosCollection> Seeded { get; } =
    [
        new("mantis-l1d-cogs", "mantis", "L1D", "MANTIS", "open_constellation", 3.55, 0.16, MantisAssets),
        new("menut-l1b-cogs", "menut", "L1B", "MENUT", "open_constellation", 5, 0.2, [.. Bands(5, "B", "G", "R", "NIR"), TrueColour("TCI", 5), Thumbnail]),
        // Production was seen sending an empty href on this collection: its overview has no file here.
        new("menut-l1c-cogs", "menut", "L1C", "MENUT", "open_constellation", 5, 0.2,
            [.. Bands(5, "B", "G", "R", "NIR"), TrueColour("TCI", 5), new("overview", "overview.webp", "image/webp", 0) { Title = "Overview", Roles = ["overview"], HasFile = false }]),
        new("hammer-l1c-cogs", "hammer", "L1C", "HAMMER", "open_constellation", 10, 0.3, [.. Bands(10, "PAN", "HS0", "HS1", "HS2", "HS3"), Thumbnail, Metadata]),
        new("sentinel-s2-l2a-cogs", "sentinel-2a", "L2A", "Sentinel-2A", "sentinel-2", 10, 1.0, SentinelAssets),
    ];

    private static IEnumerable<DataCosmosAsset> Bands(double gsd, params string[] keys) =>
        keys.Select(key => new DataCosmosAsset(key, key + ".tif", DataCosmosAsset.CloudOptimizedGeoTiff, Band) { Title = "Band " + key, Gsd = gsd });

    private static DataCosmosAsset TrueColour(string key, double gsd) =>
        new(key, key + ".tif", DataCosmosAsset.CloudOptimizedGeoTiff, Visual) { Title = "True colour image", Roles = ["visual", "data"], Gsd = gsd };
}
