using System.Text.Json.Serialization;

namespace ImageryContracts.Benchmarks.Client.Baseline;

// The enums the generated models type as enums, with the same wire values, so both sides map strings to members.

internal enum OrderStatus
{
    [JsonStringEnumMemberName("ordered")] Ordered,
    [JsonStringEnumMemberName("delivered")] Delivered,
    [JsonStringEnumMemberName("error")] Error,
    [JsonStringEnumMemberName("rejected")] Rejected,
}

internal enum OrderKind
{
    [JsonStringEnumMemberName("order.data.product")] DataProduct,
    [JsonStringEnumMemberName("order.data.gb.product")] DataGbProduct,
}

internal enum ProductType
{
    [JsonStringEnumMemberName("bundle")] Bundle,
    [JsonStringEnumMemberName("pansharpened")] Pansharpened,
    [JsonStringEnumMemberName("panchromatic")] Panchromatic,
    [JsonStringEnumMemberName("multiSpectral")] MultiSpectral,
    [JsonStringEnumMemberName("bundle-fs")] BundleFs,
    [JsonStringEnumMemberName("pansharpened-fs")] PansharpenedFs,
}

internal enum RadiometricProcessing
{
    [JsonStringEnumMemberName("BASIC16")] Basic16,
    [JsonStringEnumMemberName("REFLECTANCE")] Reflectance,
    [JsonStringEnumMemberName("DISPLAY")] Display,
}

internal enum ImageFormat
{
    [JsonStringEnumMemberName("image/jp2")] Jp2,
    [JsonStringEnumMemberName("image/geotiff")] GeoTiff,
}

internal enum Sensor
{
    [JsonStringEnumMemberName("SPOT")] Spot,
    [JsonStringEnumMemberName("PHR")] Pleiades,
    [JsonStringEnumMemberName("PNEO")] PleiadesNeo,
}

internal enum PolygonType
{
    [JsonStringEnumMemberName("Polygon")] Polygon,
}

internal enum SearchRelation
{
    [JsonStringEnumMemberName("intersects")] Intersects,
    [JsonStringEnumMemberName("disjoint")] Disjoint,
    [JsonStringEnumMemberName("within")] Within,
    [JsonStringEnumMemberName("contains")] Contains,
}

// GeoJSON's fixed type members of a search page and its items, the same for both vendors.
internal enum FeatureCollectionType
{
    [JsonStringEnumMemberName("FeatureCollection")] FeatureCollection,
}

internal enum FeatureType
{
    [JsonStringEnumMemberName("Feature")] Feature,
}
