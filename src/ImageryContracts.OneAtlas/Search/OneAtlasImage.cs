using ImageryContracts.Geometry;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Ordering;

namespace ImageryContracts.OneAtlas.Search;

/// <summary>
/// A catalogue image from a OneAtlas search: what ordering needs (its id, its sensor, its footprint) typed, and the
/// raw feature for the rest. Its sensor is the spec's mapping of the feature's constellation (x-imagery-sensor-of),
/// which is what the order rules are written for.
/// </summary>
/// <param name="Id">The catalogue item's id (<c>properties.id</c>; features have no top-level id): what a product names.</param>
/// <param name="Sensor">The sensor the order rules apply to; null when the constellation is one the spec maps to no sensor.</param>
/// <param name="Constellation">The constellation as the catalogue writes it (<c>SPOT</c>, <c>PHR</c>, <c>PNEO</c>).</param>
/// <param name="Platform">The satellite (<c>PHR1A</c>, <c>SPOT7</c>, <c>PNEO3</c>, …).</param>
/// <param name="AcquisitionDate">When the image was taken.</param>
/// <param name="CloudCover">The acquisition's cloud cover in percent (not recomputed on an AOI).</param>
/// <param name="Footprint">The image's footprint; null when the feature has no polygon geometry.</param>
/// <param name="ProcessingLevel"><c>SENSOR</c> for an orderable product, <c>ALBUM</c> for an archive preview.</param>
/// <param name="Feature">The feature as the search returned it.</param>
public sealed record OneAtlasImage(
    Guid Id,
    Sensor? Sensor,
    string? Constellation,
    string? Platform,
    DateTimeOffset? AcquisitionDate,
    double? CloudCover,
    GeoJsonPolygon? Footprint,
    string? ProcessingLevel,
    CatalogItem Feature)
{
    /// <summary>Reads one feature of a search page.</summary>
    /// <param name="feature">The feature.</param>
    /// <returns>The image.</returns>
    /// <exception cref="FormatException">The feature has no <c>properties.id</c>, so no product can name it.</exception>
    public static OneAtlasImage FromFeature(CatalogItem feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var properties = feature.Properties
            ?? throw new FormatException("A OneAtlas search feature has no properties, so it has no id to order; the search answer does not match the spec.");
        var id = properties.Id
            ?? throw new FormatException($"A OneAtlas search feature ({properties.SourceIdentifier ?? "no source identifier"}) has no properties.id, so no product can name it; the search answer does not match the spec.");
        var sensor = ConstellationExtensions.TryParse(properties.Constellation, out var constellation) ? constellation.ToSensor() : null;
        return new OneAtlasImage(
            id,
            sensor,
            properties.Constellation,
            properties.Platform,
            properties.AcquisitionDate,
            properties.CloudCover,
            FootprintOf(feature.Geometry),
            properties.ProcessingLevel,
            feature);
    }

    /// <summary>
    /// A product of this image: its id, the AOI it is clipped to and the processing. Check it against the image with
    /// <see cref="OneAtlasOrdering.PriceAsync(OneAtlasImage, Product, OrderKind, CancellationToken)"/>, which refuses it
    /// before sending when the image's sensor or footprint rule it out.
    /// </summary>
    /// <param name="aoi">The area of interest, inside the footprint.</param>
    /// <param name="productType">The product type, one the image's sensor accepts (<c>bundle-fs</c> for Pléiades Neo, <c>bundle</c> otherwise).</param>
    /// <param name="processing">The radiometric processing.</param>
    /// <param name="format">The file format; JPEG 2000 when not given.</param>
    /// <param name="crs">The projection; WGS 84 when not given.</param>
    /// <returns>The product.</returns>
    public Product Product(GeoJsonPolygon aoi, ProductType productType, RadiometricProcessing processing, ImageFormat format = ImageFormat.Jp2, CrsCode? crs = null) => new()
    {
        Id = Id,
        ProductType = productType,
        RadiometricProcessing = processing,
        ImageFormat = format,
        CrsCode = crs ?? CrsCode.Wgs84,
        Aoi = aoi.ToOneAtlasPolygon(),
    };

    private static GeoJsonPolygon? FootprintOf(CatalogPolygon? geometry) =>
        geometry?.Coordinates is { Count: > 0 } rings
            ? GeoJsonPolygon.FromCoordinates([.. rings.Select(ring => ring.Select(position => position.Take(2).ToArray()).ToArray())])
            : null;
}
