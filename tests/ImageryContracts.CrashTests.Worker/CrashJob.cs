using System.Globalization;
using ImageryContracts.Ordering;
using OneAtlasModels = ImageryContracts.OneAtlas.Models;
using DataCosmosModels = ImageryContracts.DataCosmos.Models;

namespace ImageryContracts.CrashTests.Worker;

/// <summary>One job of the shared list: a vendor and a stable key, from which its client reference and order follow.</summary>
/// <param name="Vendor"><c>oneatlas</c> or <c>datacosmos</c>.</param>
/// <param name="Key">The job's key, for example <c>job-000042</c>.</param>
/// <param name="Index">The job's number, which places its DataCosmos AOI.</param>
public sealed record CrashJob(string Vendor, string Key, int Index)
{
    /// <summary>The OneAtlas vendor name in job lists.</summary>
    public const string OneAtlas = "oneatlas";

    /// <summary>The DataCosmos vendor name in job lists.</summary>
    public const string DataCosmos = "datacosmos";

    /// <summary>The client reference: derived from the key, so a restarted worker finds what it placed before.</summary>
    public string Reference => ClientReference.FromJobKey(Key);

    /// <summary>
    /// What the simulator's ledger shows for this job's order: the reference tag on OneAtlas, the line item's
    /// project id (the job key) on DataCosmos, whose orders carry no other free text.
    /// </summary>
    public string LedgerReference => Vendor == OneAtlas ? Reference : Key;

    /// <summary>A job list of <paramref name="count"/> jobs, alternating between the vendors.</summary>
    /// <param name="count">How many jobs.</param>
    /// <param name="run">Prefixes the keys, so runs sharing a journal never share a job.</param>
    public static IReadOnlyList<CrashJob> List(int count, string run) =>
        [.. Enumerable.Range(0, count).Select(index => new CrashJob(index % 2 == 0 ? OneAtlas : DataCosmos, $"{run}-job-{index:D6}", index))];

    /// <summary>Reads a line written by <see cref="ToString"/>.</summary>
    public static CrashJob Parse(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3 && parts[0] is OneAtlas or DataCosmos && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? new CrashJob(parts[0], parts[1], index)
            : throw new FormatException($"Job line '{line}' is not '<oneatlas|datacosmos> <key> <index>'.");
    }

    /// <summary>The job as a line of the job list.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Vendor} {Key} {Index}");

    /// <summary>The OneAtlas order: the simulator's Pléiades image over Toulouse, as the vendor's price example.</summary>
    public static OneAtlasModels.OrderRequest OneAtlasOrder() => new()
    {
        Kind = OneAtlasModels.OrderKind.DataProduct,
        Products =
        [
            new OneAtlasModels.Product
            {
                Id = Guid.Parse("d42de348-110b-4ed6-a597-755867b3ee54"),
                ProductType = OneAtlasModels.ProductType.Bundle,
                RadiometricProcessing = OneAtlasModels.RadiometricProcessing.Reflectance,
                ImageFormat = OneAtlasModels.ImageFormat.Jp2,
                CrsCode = OneAtlasModels.CrsCode.Wgs84,
                Aoi = new OneAtlasModels.Polygon
                {
                    Type = OneAtlasModels.PolygonType.Polygon,
                    Coordinates = [[[1.409, 43.598], [1.409, 43.634], [1.508, 43.634], [1.508, 43.598], [1.409, 43.598]]],
                },
            },
        ],
    };

    /// <summary>The DataCosmos line item: a MANTIS image clipped to an AOI of about 0.8 km² of its own, in a project named after the job.</summary>
    public DataCosmosModels.OrderLineItem DataCosmosLine()
    {
        var west = 2.0 + (Index % 100 * 0.02);
        var south = 41.0 + (Index / 100 * 0.02);
        return new DataCosmosModels.OrderLineItem
        {
            Collection = "mantis-l1d-cogs",
            Item = "MANTIS_L1D_20250301T101500_0042",
            Level = "L1D",
            ProjectId = Key,
            Geometry = new DataCosmosModels.Polygon
            {
                Type = DataCosmosModels.PolygonType.Polygon,
                Coordinates = [[[west, south], [west + 0.01, south], [west + 0.01, south + 0.01], [west, south + 0.01], [west, south]]],
            },
        };
    }
}
