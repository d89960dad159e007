namespace ImageryContracts.Testing.OneAtlas;

/// <summary>How a <see cref="OneAtlasSimulator"/> starts: port, clock, accounts, catalogue, prices and order progress.</summary>
public sealed class OneAtlasSimulatorOptions
{
    /// <summary>The port on 127.0.0.1; 0 (the default) picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The clock behind token expiry, delivery delays and slow responses; a fake one makes tests deterministic.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The accounts whose API keys the token exchange accepts.</summary>
    public IReadOnlyList<OneAtlasAccount> Accounts { get; init; } = [OneAtlasAccount.Default];

    /// <summary>
    /// The Living Library images a search finds and products may name: by default the vendor examples' images and 500
    /// seeded ones (<see cref="OneAtlasCatalogue.Default"/>); <see cref="OneAtlasCatalogue.Seeded"/> makes others.
    /// </summary>
    public IReadOnlyList<OneAtlasCatalogueItem> Catalogue { get; init; } = OneAtlasCatalogue.Default;

    /// <summary>
    /// The order of a search that sends no <c>sortBy</c>. The vendor reference says <c>-acquisitionDate,cloudCover</c>,
    /// but a capture without <c>sortBy</c> came back newest-published first, the default here.
    /// </summary>
    public string DefaultSortBy { get; init; } = "-publicationDate";

    /// <summary>The size in bytes of every delivered product's download (deterministic bytes, never held in memory). Default 1 MiB.</summary>
    public long DownloadSize { get; init; } = 1024 * 1024;

    /// <summary>Whether downloads honour <c>Range</c> (206); the vendor documents no Range support, so a test can turn it off. Default true.</summary>
    public bool DownloadSupportsRanges { get; init; } = true;

    /// <summary>How long an access token lives (<c>expires_in</c>); 3600 s as in the vendor's example.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// After how many reads of an order (<c>GET /api/v1/orders/{orderId}</c>) it is <c>delivered</c>; null to deliver
    /// on <see cref="DeliverAfter"/> only. With both null an order stays <c>ordered</c> until the test settles it.
    /// </summary>
    public int? DeliverAfterPolls { get; init; } = 2;

    /// <summary>After how long (on <see cref="TimeProvider"/>) an order is <c>delivered</c>, whatever the number of reads.</summary>
    public TimeSpan? DeliverAfter { get; init; }

    /// <summary>
    /// Credits per km² of AOI for each product type (wire value); a product costs its area times its rate, rounded to whole credits.
    /// 7 for every type by default: the vendor's price example charges 222 for 31.73 km².
    /// </summary>
    public IReadOnlyDictionary<string, decimal> CreditsPerKm2 { get; init; } = new Dictionary<string, decimal>
    {
        ["bundle"] = 7m,
        ["pansharpened"] = 7m,
        ["panchromatic"] = 7m,
        ["multiSpectral"] = 7m,
        ["bundle-fs"] = 7m,
        ["pansharpened-fs"] = 7m,
    };

    /// <summary>
    /// Whether an AOI under the spec's minimum (0.1 km²) is refused. On by default; the vendor's own product-list
    /// example is under it and was accepted, so a test reproducing that example can turn it off.
    /// </summary>
    public bool EnforceMinimumAoiArea { get; init; } = true;

    /// <summary>The cap on <c>totalResults</c> in order lists; above it <c>countLimitReached</c> is true (500 in the vendor's example).</summary>
    public int ListCountLimit { get; init; } = 500;
}
