using System.Globalization;
using ImageryContracts.Testing.DataCosmos.Contract;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>
/// Catalogue items as the STAC wire carries them: links to the item, its collection and the root, the properties
/// (with the price under a contract when the search named one), and the assets with hrefs on the simulator's storage
/// route (an empty href for an asset without a file).
/// </summary>
/// <param name="baseUrl">The data API's URL as the client reached it (<c>http://127.0.0.1:port/api/data</c>).</param>
internal sealed class DataCosmosStacWire(string baseUrl)
{
    /// <summary>The storage path of an asset, relative to the data API: what the asset route serves.</summary>
    public static string StoragePath(DataCosmosCatalogueItem item, DataCosmosAsset asset) =>
        string.Create(CultureInfo.InvariantCulture, $"/v0/storage/catalog/{item.Collection}/{item.Acquired:yyyy}/{item.Acquired:MM}/{item.Acquired:dd}/{item.Item}/{asset.FileName}");

    /// <summary>A search page: its items, the next link with the cursor, the counts and DataCosmos' own cursors.</summary>
    public StacItemCollection Page(DataCosmosSearchPage page, int limit, string? cursor, DataCosmosPolicy? pricedUnder) => new()
    {
        Type = StacItemCollectionType.FeatureCollection,
        Features = [.. page.Items.Select(entry => Item(entry.Item, pricedUnder))],
        Links = page.NextCursor is { } next
            ? [new StacLink { Href = $"{baseUrl}/v0/stac/search?cursor={Uri.EscapeDataString(next)}", Rel = "next", Type = "application/geo+json" }]
            : null,
        Context = new StacSearchContext { Limit = limit, Matched = page.Matched, Returned = page.Items.Count },
        Next = page.NextCursor,
        Prev = cursor,
    };

    /// <summary>One item, priced under the contract when one is given.</summary>
    public StacItem Item(DataCosmosCatalogueItem item, DataCosmosPolicy? pricedUnder)
    {
        var properties = new StacItemProperties
        {
            Datetime = item.Acquired,
            Platform = item.Platform,
            Constellation = item.Constellation,
            Processing_level = item.Level,
            Eo_cloud_cover = item.CloudCover,
            Gsd = item.Gsd,
            Opencosmos_data_area_km2 = item.AreaKm2,
            Opencosmos_price = pricedUnder is null ? null : DataCosmosPricing.Money(DataCosmosPricing.Final(pricedUnder, item.AreaKm2)),
            Opencosmos_price_currency = pricedUnder?.Currency,
        };
        foreach (var (name, value) in item.ExtraProperties)
        {
            properties.AdditionalProperties[name] = value;
        }

        var self = $"{baseUrl}/v0/stac/collections/{item.Collection}/items/{item.Item}";
        return new StacItem
        {
            Type = StacItemType.Feature,
            Stac_version = "1.0.0",
            Stac_extensions = [],
            Id = item.Item,
            Collection = item.Collection,
            Bbox = Bbox(item),
            Geometry = StacGeometry.ToWire(item.Footprint!),
            Properties = properties,
            Links =
            [
                new StacLink { Href = self, Rel = "self" },
                new StacLink { Href = $"{baseUrl}/v0/stac/collections/{item.Collection}", Rel = "parent" },
                new StacLink { Href = $"{baseUrl}/v0/stac", Rel = "root", Type = "application/json" },
            ],
            Assets = item.Assets.ToDictionary(asset => asset.Key, asset => new StacAsset
            {
                Href = !asset.HasFile ? "" : asset.ExternalHref?.ToString() ?? baseUrl + StoragePath(item, asset),
                Type = asset.MediaType,
                Title = asset.Title,
                Roles = [.. asset.Roles],
                Gsd = asset.Gsd,
            }),
        };
    }

    private static List<double> Bbox(DataCosmosCatalogueItem item)
    {
        var positions = item.Footprint!.ExteriorRing;
        return [positions.Min(p => p.Longitude), positions.Min(p => p.Latitude), positions.Max(p => p.Longitude), positions.Max(p => p.Latitude)];
    }
}
