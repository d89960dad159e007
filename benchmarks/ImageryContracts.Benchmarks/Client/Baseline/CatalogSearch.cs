using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageryContracts.Benchmarks.Client.Baseline;

// A OneAtlas catalogue search page. The footprint is the order AOI's Polygon: the generated CatalogPolygon has the same
// two fields. `rights` is untyped in the spec (one member per right), so it is a JsonElement here as it is an UntypedNode
// in the generated model.

internal sealed class SearchResponse
{
    public bool? Error { get; set; }
    public List<CatalogItem>? Features { get; set; }
    public int? ItemsPerPage { get; set; }
    public int? StartIndex { get; set; }
    public int? TotalResults { get; set; }
    public FeatureCollectionType? Type { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class CatalogItem
{
    [JsonPropertyName("_links")] public CatalogItemLinks? Links { get; set; }
    public Polygon? Geometry { get; set; }
    public CatalogItemProperties? Properties { get; set; }
    public JsonElement? Rights { get; set; }
    public FeatureType? Type { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}

internal sealed class CatalogItemProperties
{
    public string? AcquisitionAnonymousIdentifier { get; set; }
    public DateTimeOffset? AcquisitionDate { get; set; }
    public string? AcquisitionIdentifier { get; set; }
    public string? AcquisitionStation { get; set; }
    public Guid? ActivityId { get; set; }
    public string? ArchiveAnonymousIdentifier { get; set; }
    public string? ArchiveIdentifier { get; set; }
    public string? ArchivingCenter { get; set; }
    public double? AzimuthAngle { get; set; }
    public double? CloudCover { get; set; }
    public string? CommercialReference { get; set; }
    public string? Constellation { get; set; }
    public string? CorrelationId { get; set; }
    public string? CustomerReference { get; set; }
    public DateTimeOffset? ExpirationDate { get; set; }
    public string? Format { get; set; }
    public Guid? Id { get; set; }
    public double? IlluminationAzimuthAngle { get; set; }
    public double? IlluminationElevationAngle { get; set; }
    public double? IncidenceAngle { get; set; }
    public double? IncidenceAngleAcrossTrack { get; set; }
    public double? IncidenceAngleAlongTrack { get; set; }
    public DateTimeOffset? LastUpdateDate { get; set; }
    public string? OrganisationName { get; set; }
    public string? ParentIdentifier { get; set; }
    public string? Platform { get; set; }
    public string? ProcessingCenter { get; set; }
    public DateTimeOffset? ProcessingDate { get; set; }
    public string? ProcessingLevel { get; set; }
    public string? ProcessorName { get; set; }
    public string? ProductCategory { get; set; }
    public string? ProductType { get; set; }
    public string? ProductionStatus { get; set; }
    public DateTimeOffset? PublicationDate { get; set; }
    public bool? Qualified { get; set; }
    public double? Resolution { get; set; }
    public string? SensorType { get; set; }
    public double? SnowCover { get; set; }
    public string? SourceIdentifier { get; set; }
    public string? SpectralRange { get; set; }
    public Guid? WorkspaceId { get; set; }
    public string? WorkspaceName { get; set; }
    public string? WorkspaceTitle { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}
