using ImageryContracts.Geometry;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.Testing.OneAtlas;

namespace OrderWorkflow.Vendors.OneAtlas;

/// <summary>The OneAtlas orders the sample places: the vendor's own price example, and one the rules refuse.</summary>
public static class OneAtlasSampleOrders
{
    /// <summary>
    /// The vendor's price example: a Pléiades image over Toulouse (its catalogue id), bundle, reflectance, JPEG 2000,
    /// WGS 84, on a 31.7 km² AOI.
    /// </summary>
    /// <returns>A valid order.</returns>
    public static OrderRequest ToulousePleiades() =>
        Order(OneAtlasCatalogueItem.ToulousePleiades.Id, ProductType.Bundle, RadiometricProcessing.Reflectance);

    /// <summary>The AOI of the vendor's price example (31.7 km² over Toulouse), which the sample searches by default.</summary>
    public static GeoJsonPolygon ToulouseAoi { get; } =
        GeoJsonPolygon.FromCoordinates([.. ToulousePleiades().Products![0].Aoi!.Coordinates!.Select(ring => ring.Select(position => position.ToArray()).ToArray())]);

    /// <summary>
    /// BASIC16 on a Pléiades Neo image: the product type fits the image's sensor (<c>bundle-fs</c>), but only SPOT and
    /// Pléiades deliver BASIC16. The product type follows the catalogue at run time, where no analyzer sees it; the
    /// validation before sending does.
    /// </summary>
    /// <returns>An order the vendor's rules refuse.</returns>
    public static OrderRequest Basic16OnPleiadesNeo()
    {
        var image = OneAtlasCatalogueItem.ToulousePleiadesNeo;
        return Order(image.Id, BundleFor(SensorOf(image)), RadiometricProcessing.Basic16);
    }

    /// <summary>The bundle product type a sensor accepts: <c>bundle-fs</c> for Pléiades Neo, <c>bundle</c> for SPOT and Pléiades.</summary>
    /// <param name="sensor">The image's sensor.</param>
    /// <returns>The product type.</returns>
    internal static ProductType BundleFor(Sensor sensor) => sensor == Sensor.PleiadesNeo ? ProductType.BundleFs : ProductType.Bundle;

    private static Sensor SensorOf(OneAtlasCatalogueItem image) =>
        SensorExtensions.TryParse(image.Sensor, out var sensor)
            ? sensor
            : throw new InvalidOperationException($"The catalogue item {image.Id} names the sensor '{image.Sensor}', which the OneAtlas spec does not list; update the spec's Sensor enum.");

    private static OrderRequest Order(Guid imageId, ProductType productType, RadiometricProcessing radiometricProcessing) => new()
    {
        Kind = OrderKind.DataProduct,
        Products =
        [
            new Product
            {
                Id = imageId,
                ProductType = productType,
                RadiometricProcessing = radiometricProcessing,
                ImageFormat = ImageFormat.Jp2,
                CrsCode = CrsCode.Wgs84,
                Aoi = new Polygon
                {
                    Type = PolygonType.Polygon,
                    Coordinates =
                    [
                        [
                            [1.4089965820312502, 43.59829500262717],
                            [1.4089965820312502, 43.63408731864001],
                            [1.5078735351562496, 43.63408731864001],
                            [1.5078735351562496, 43.59829500262717],
                            [1.4089965820312502, 43.59829500262717],
                        ],
                    ],
                },
            },
        ],
    };
}
