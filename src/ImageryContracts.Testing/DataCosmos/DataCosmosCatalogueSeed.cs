using System.Globalization;
using ImageryContracts.Geometry;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>
/// The seeded STAC catalogue: items of <see cref="DataCosmosCollection.Seeded"/> in turn, over a few areas in turn
/// (Toulouse, the seed's AOI, first), acquired between 2023 and mid-2026, with footprints, cloud cover and dates drawn
/// from a generator seeded with the options' seed. The same seed and count always give the same catalogue.
/// </summary>
internal static class DataCosmosCatalogueSeed
{
    private static readonly (string Name, double Longitude, double Latitude)[] Areas =
    [
        ("Toulouse", 1.46, 43.62),
        ("Santiago", -70.65, -33.45),
        ("Lisbon", -9.14, 38.72),
        ("Denver", -104.99, 39.74),
        ("Nairobi", 36.82, -1.29),
    ];

    private static readonly DateTimeOffset First = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Last = new(2026, 6, 30, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The seeded items, in the order they were drawn.</summary>
    /// <param name="count">How many items.</param>
    /// <param name="seed">The generator's seed.</param>
    public static IReadOnlyList<DataCosmosCatalogueItem> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var span = (Last - First).TotalSeconds;
        var items = new List<DataCosmosCatalogueItem>(count);
        for (var index = 0; index < count; index++)
        {
            var collection = DataCosmosCollection.Seeded[index % DataCosmosCollection.Seeded.Count];
            var area = Areas[index / DataCosmosCollection.Seeded.Count % Areas.Length];
            var size = collection.SceneDegrees;
            var west = area.Longitude + ((random.NextDouble() - 0.5) * 0.6 * size) - (size / 2);
            var south = area.Latitude + ((random.NextDouble() - 0.5) * 0.6 * size) - (size / 2);
            var footprint = Box(Round(west), Round(south), Round(west + size), Round(south + size));
            var acquired = First.AddMilliseconds(Math.Floor(random.NextDouble() * span * 1000));
            var id = string.Create(CultureInfo.InvariantCulture, $"{collection.Platform.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant()}_{collection.Level}_{acquired:yyyyMMdd'T'HHmmss}_{index:D5}");
            items.Add(new DataCosmosCatalogueItem(collection.Id, id, collection.Level, collection.Satellite, Math.Round(footprint.AreaKm2, 2))
            {
                Footprint = footprint,
                Acquired = acquired,
                Platform = collection.Platform,
                Constellation = collection.Constellation,
                CloudCover = Math.Round(random.NextDouble() * 100, 6),
                Gsd = collection.Gsd,
                Assets = collection.Assets,
                // Production sends some booleans as strings: every seventh item says so here.
                ExtraProperties = new Dictionary<string, object>
                {
                    ["opencosmos:product_type"] = "Satellite",
                    ["opencosmos:qa:rejected"] = index % 7 == 0 ? "false" : false,
                },
            });
        }

        return items;
    }

    /// <summary>A rectangle in longitude and latitude, as a closed counter-clockwise ring.</summary>
    public static GeoJsonPolygon Box(double west, double south, double east, double north) =>
        new([new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)]);

    private static double Round(double degrees) => Math.Round(degrees, 6);
}
