using System.Globalization;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>
/// Seeded catalogues: the same seed and size give the same images on every run, over a few areas (the sample's
/// Toulouse AOI among them), from all three sensors in their own workspaces, at both processing levels, with the
/// wire's mix of whole and fractional cloud covers. Large enough to page; sized up for benchmarks.
/// </summary>
public static class OneAtlasCatalogue
{
    /// <summary>The seed of <see cref="Default"/>.</summary>
    public const int DefaultSeed = 2026;

    /// <summary>The number of seeded images in <see cref="Default"/>.</summary>
    public const int DefaultSize = 500;

    /// <summary>The areas images are spread over, as lon/lat boxes; Toulouse covers the sample's AOI.</summary>
    public static IReadOnlyList<(string Name, double West, double South, double East, double North)> Areas { get; } =
    [
        ("Toulouse", 1.20, 43.45, 1.70, 43.75),
        ("San Francisco", -122.70, 37.50, -121.80, 38.10),
        ("Denver", -105.20, 39.50, -104.40, 40.10),
        ("Lisbon", -9.40, 38.60, -8.90, 38.90),
        ("Barcelona", 1.90, 41.20, 2.40, 41.60),
    ];

    /// <summary>The vendor examples' named images followed by <see cref="DefaultSize"/> seeded ones.</summary>
    public static IReadOnlyList<OneAtlasCatalogueItem> Default { get; } = [.. OneAtlasCatalogueItem.Defaults, .. Seeded(DefaultSeed, DefaultSize)];

    /// <summary>A seeded catalogue.</summary>
    /// <param name="seed">Picks the images; the same seed gives the same ones.</param>
    /// <param name="count">How many images, 0 or more (10,000 and more for streaming benchmarks).</param>
    /// <returns>The images, a third of them over Toulouse.</returns>
    public static IReadOnlyList<OneAtlasCatalogueItem> Seeded(int seed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var items = new List<OneAtlasCatalogueItem>(count);
        for (var index = 0; index < count; index++)
        {
            items.Add(Next(random, index));
        }

        return items;
    }

    private static OneAtlasCatalogueItem Next(Random random, int index)
    {
        // A third over Toulouse so a search on the sample's AOI pages; the rest spread over the other areas.
        var area = random.NextDouble() < 1.0 / 3 ? Areas[0] : Areas[1 + random.Next(Areas.Count - 1)];
        var roll = random.NextDouble();
        var (sensor, platforms, halfWidth, since) = roll switch
        {
            < 0.35 => ("SPOT", new[] { "SPOT6", "SPOT7" }, 0.30, 2013),
            < 0.75 => ("PHR", new[] { "PHR1A", "PHR1B" }, 0.10, 2012),
            _ => ("PNEO", new[] { "PNEO3", "PNEO4" }, 0.07, 2021),
        };
        var platform = platforms[random.Next(platforms.Length)];
        var longitude = area.West + (random.NextDouble() * (area.East - area.West));
        var latitude = area.South + (random.NextDouble() * (area.North - area.South));
        var halfHeight = halfWidth * 0.75;
        var start = new DateTimeOffset(since, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var span = new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero) - start;
        var acquired = start.AddSeconds(Math.Floor(random.NextDouble() * span.TotalSeconds)).AddMilliseconds(random.Next(1000));
        var album = random.NextDouble() < 0.15;

        // The wire mixes whole covers (0) with one-decimal ones (84.8).
        var cloud = random.NextDouble() < 0.5 ? random.Next(0, 31) : Math.Round(random.NextDouble() * 100, 1);
        return new OneAtlasCatalogueItem(
            NewId(random),
            sensor,
            string.Create(CultureInfo.InvariantCulture, $"DS_{platform}_{acquired:yyyyMMddHHmmssf}_FR1_PX_{Tile(longitude, latitude)}_{index % 10000:0000}_{random.Next(100000):00000}"),
            OneAtlasCatalogueItem.Box(
                Math.Round(longitude - halfWidth, 6), Math.Round(latitude - halfHeight, 6), Math.Round(longitude + halfWidth, 6), Math.Round(latitude + halfHeight, 6)))
        {
            Platform = platform,
            AcquisitionDate = acquired,
            PublicationDate = acquired.AddDays(1 + random.Next(30)).AddTicks(random.Next(10_000_000)),
            CloudCover = cloud,
            SnowCover = random.NextDouble() < 0.9 ? 0 : random.Next(1, 20),
            IncidenceAngle = Math.Round(random.NextDouble() * 40, 3),
            ProcessingLevel = album ? "ALBUM" : "SENSOR",
        };
    }

    // A random version 4 UUID from the seeded generator, so ids repeat with the seed.
    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static string Tile(double longitude, double latitude) =>
        string.Create(CultureInfo.InvariantCulture, $"{(longitude < 0 ? 'W' : 'E')}{Math.Abs((int)Math.Floor(longitude)):000}{(latitude < 0 ? 'S' : 'N')}{Math.Abs((int)Math.Floor(latitude)):00}");
}
