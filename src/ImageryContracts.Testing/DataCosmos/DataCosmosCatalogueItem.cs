namespace ImageryContracts.Testing.DataCosmos;

/// <summary>A STAC item the simulator can price and sell.</summary>
/// <param name="Collection">The STAC collection id.</param>
/// <param name="Item">The STAC item id.</param>
/// <param name="Level">The item's <c>processing:level</c>; order lines must name it (compared case-insensitively).</param>
/// <param name="Satellite">The satellite, as the pricing <c>satellite</c> parameter names it.</param>
/// <param name="AreaKm2">The item's area, priced when no geometry or area narrows it.</param>
public sealed record DataCosmosCatalogueItem(string Collection, string Item, string Level, string Satellite, double AreaKm2)
{
    /// <summary>The Sentinel-2 item of the vendor's order example (100.5 km²).</summary>
    public static DataCosmosCatalogueItem Sentinel2 { get; } =
        new("sentinel-2-l2a", "S2A_MSIL2A_20240101T143751_R096_T19HCC_20240101T183212", "L2A", "Sentinel-2A", 100.5);

    /// <summary>A MANTIS L1D item (25 km²).</summary>
    public static DataCosmosCatalogueItem Mantis { get; } =
        new("mantis-l1d-cogs", "MANTIS_L1D_20250301T101500_0042", "L1D", "MANTIS", 25);

    /// <summary>The catalogue a simulator starts with unless the test gives its own.</summary>
    public static IReadOnlyList<DataCosmosCatalogueItem> Defaults { get; } = [Sentinel2, Mantis];
}
