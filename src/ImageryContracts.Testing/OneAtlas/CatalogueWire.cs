using System.Globalization;
using ImageryContracts.Geometry;
using ImageryContracts.Testing.OneAtlas.Contract;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>
/// Catalogue items as the vendor's search answers them: a Feature with no top-level id, links on the simulator's own
/// URL (single objects, and one entry per band for a bundle's image links), the delivered items' download links, and
/// the wire's quirks (whole and fractional covers, <c>processingDate</c> without an offset on SENSOR items).
/// </summary>
internal static class CatalogueWire
{
    public static SearchResponse Page(IReadOnlyList<CatalogueEntry> page, int total, CatalogueQuery query, string root, Func<OneAtlasCatalogueItem, string> constellationOf) => new()
    {
        Type = SearchResponseType.FeatureCollection,
        Features = page.Select(entry => Feature(entry.Item, root, constellationOf(entry.Item))).ToList(),
        Error = false,
        TotalResults = total,
        StartIndex = (int)Math.Min(int.MaxValue, (long)(query.StartPage - 1) * query.ItemsPerPage),
        ItemsPerPage = query.ItemsPerPage,
    };

    public static CatalogItem Feature(OneAtlasCatalogueItem item, string root, string constellation)
    {
        var delivered = item.OrderedItemId is not null;
        return new CatalogItem
        {
            Type = CatalogItemType.Feature,
            _links = Links(item, root, delivered),
            Geometry = Polygon(item.Footprint),
            Properties = Properties(item, constellation),
            Rights = delivered
                ? new Dictionary<string, object> { ["browse"] = new { }, ["wms"] = new { }, ["wmts"] = new { }, ["download"] = new { } }
                : new Dictionary<string, object> { ["browse"] = new { }, ["wms"] = new { }, ["wmts"] = new { } },
        };
    }

    /// <summary>The access server's download URL of a delivered item.</summary>
    public static string DownloadUrl(string root, Guid itemId) => $"{root}/api/v1/items/{itemId}/download";

    /// <summary>A search by id, as a delivery's <c>catalogItem</c> link names the delivered item.</summary>
    public static string SearchById(string root, Guid itemId) => $"{root}/api/v2/opensearch?id={itemId}";

    private static CatalogItemLinks Links(OneAtlasCatalogueItem item, string root, bool delivered)
    {
        var access = $"{root}/api/v1/items/{item.Id}";
        var images = Images(item);
        LinkOrLinks PerImage(string suffix, string type) => item.ProcessingLevel == "ALBUM"
            ? LinkOrLinks.One(new Link { Href = $"{access}/images/{images[0].Id}/{suffix}", Type = type, ResourceId = images[0].Id.ToString() })
            : LinkOrLinks.Many(images.Select(image => new Link { Href = $"{access}/images/{image.Id}/{suffix}", Name = image.Band, Type = type, ResourceId = image.Id.ToString() }));
        return new CatalogItemLinks
        {
            Self = LinkOrLinks.One(new Link { Href = SearchById(root, item.Id), Method = "GET", Name = "self", ResourceId = item.Id.ToString() }),
            Delete = LinkOrLinks.One(new Link { Href = $"{root}/api/v1/items/{item.Id}", Name = "Delete", Type = "HTTP" }),
            Quicklook = LinkOrLinks.One(new Link { Href = access + "/quicklook", Name = "QuickLook", Type = "HTTP" }),
            Thumbnail = LinkOrLinks.One(new Link { Href = access + "/thumbnail", Name = "Thumbnail", Type = "HTTP" }),
            Wms = LinkOrLinks.One(new Link { Href = access + "/wms", Name = "WMS", Type = "WMS" }),
            Wmts = LinkOrLinks.One(new Link { Href = access + "/wmts", Name = "WMTS", Type = "WMTS" }),
            ImagesGetBuffer = PerImage("buffer", "getBuffer"),
            ImagesMetadata = PerImage("metadata", "application/geo+json"),
            ImagesWcs = PerImage("wcs", "WCS"),
            ImagesWms = PerImage("wms", "WMS"),
            ImagesWmts = PerImage("wmts", "WMTS"),

            // Only items the account may download carry download links: the formatted product on the access server
            // beside a direct link (gs), as the reference describes them; a client picks by name and type.
            Download = delivered
                ? LinkOrLinks.Many(
                [
                    new Link { Href = $"gs://oneatlas-simulated-delivery/{item.Id}/product.zip", Name = "gs", Type = "gs", ResourceId = item.Id.ToString() },
                    new Link { Href = DownloadUrl(root, item.Id), Name = "download", Type = "HTTP", ResourceId = item.Id.ToString() },
                ])
                : null,
        };
    }

    // A bundle is one multispectral and one panchromatic image; an album item is one image. Their ids follow the item's.
    private static (string Band, Guid Id)[] Images(OneAtlasCatalogueItem item)
    {
        var bytes = item.Id.ToByteArray();
        bytes[15] ^= 0x5A;
        var multispectral = new Guid(bytes);
        bytes[15] ^= 0xFF;
        return item.ProcessingLevel == "ALBUM" ? [("multispectral", multispectral)] : [("multispectral", multispectral), ("panchromatic", new Guid(bytes))];
    }

    private static CatalogItemProperties Properties(OneAtlasCatalogueItem item, string constellation)
    {
        var processed = item.AcquisitionDate.AddHours(1);
        return new CatalogItemProperties
        {
            Id = item.Id,
            Constellation = constellation,
            Platform = item.Platform,
            ProcessingLevel = item.ProcessingLevel,
            ProductType = item.ProductType,
            ProductionStatus = item.ProductionStatus,
            ProductCategory = "image",
            Format = "image/jp2",
            SensorType = "OPTICAL",
            SpectralRange = "VISIBLE",
            Resolution = item.Resolution,
            CloudCover = item.CloudCover,
            SnowCover = item.SnowCover,
            IncidenceAngle = item.IncidenceAngle,
            AcquisitionDate = item.AcquisitionDate,

            // SENSOR items send processingDate without a time zone, the others with Z (the 2020 capture).
            ProcessingDate = processed.UtcDateTime.ToString(item.ProcessingLevel == "ALBUM" ? "yyyy-MM-dd'T'HH:mm:ss.fff'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture),
            PublicationDate = Nanoseconds(item.PublishedAt),
            ExpirationDate = Nanoseconds(item.PublishedAt.AddDays(365)),
            LastUpdateDate = Nanoseconds(item.PublishedAt),
            AcquisitionIdentifier = item.SourceId,
            ParentIdentifier = item.SourceId,
            SourceIdentifier = item.SourceId,
            OrganisationName = "AIRBUS DS GEO",
            Qualified = false,
            WorkspaceId = item.Workspace.Id,
            WorkspaceName = item.Workspace.Name,
            WorkspaceTitle = item.Workspace.Title,
        };
    }

    // The catalogue's own dates carry nine fraction digits; .NET keeps seven, so the last two are zeros.
    private static string Nanoseconds(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'00Z'", CultureInfo.InvariantCulture);

    private static CatalogPolygon Polygon(GeoJsonPolygon polygon) => new()
    {
        Type = CatalogPolygonType.Polygon,
        Coordinates = polygon.Rings.Select(ring => ring.Select(position => new List<double> { position.Longitude, position.Latitude }).ToList()).ToList(),
    };
}
