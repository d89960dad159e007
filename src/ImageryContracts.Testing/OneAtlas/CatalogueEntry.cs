using NetTopologySuite.Geometries;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>A catalogue item with its footprint as a geometry, built once so that searches only compare.</summary>
/// <param name="Item">The item.</param>
/// <param name="Footprint">Its footprint.</param>
internal sealed record CatalogueEntry(OneAtlasCatalogueItem Item, Polygon Footprint)
{
    public static CatalogueEntry Of(OneAtlasCatalogueItem item) => new(item, item.Footprint.ToGeometry());
}
