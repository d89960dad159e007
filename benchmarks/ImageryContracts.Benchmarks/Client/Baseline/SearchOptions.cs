using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageryContracts.Benchmarks.Client.Baseline;

// The body of POST /api/v2/opensearch: ranges are strings on the wire, the area a Polygon.
internal sealed class SearchOptions
{
    public string? AcquisitionDate { get; set; }
    public string? AcquisitionIdentifier { get; set; }
    public string? Bbox { get; set; }
    public string? CloudCover { get; set; }
    public string? Constellation { get; set; }
    public Polygon? Geometry { get; set; }
    public string? Id { get; set; }
    public string? IncidenceAngle { get; set; }
    public int? ItemsPerPage { get; set; }
    public string? LastUpdateDate { get; set; }
    public string? ParentIdentifier { get; set; }
    public string? Platform { get; set; }
    public string? ProcessingLevel { get; set; }
    public string? ProductType { get; set; }
    public string? ProductionStatus { get; set; }
    public string? PublicationDate { get; set; }
    public string? Q { get; set; }
    public SearchRelation? Relation { get; set; }
    public string? Resolution { get; set; }
    public string? SnowCover { get; set; }
    public string? SortBy { get; set; }
    public string? SourceIdentifier { get; set; }
    public int? StartPage { get; set; }
    public string? Workspace { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}
