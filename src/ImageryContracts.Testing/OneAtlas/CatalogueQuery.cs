using System.Globalization;
using ImageryContracts.Testing.Hosting;
using ImageryContracts.Testing.OneAtlas.Contract;
using Newtonsoft.Json.Linq;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>
/// One catalogue search as the simulator reads it, from GET's query string or POST's body alike (both are read as one
/// JSON object of filter names). It is lenient where the vendor's own material is: numbers or range strings for
/// ranges, comma lists or JSON arrays for lists, GeoJSON or WKT for the geometry, an acquisition date as a range
/// string or the reference's <c>{startDate,endDate}</c>, and the reference's misspelt <c>parentIdenfifier</c>.
/// Anything else it cannot read is refused (400) naming the filter, its value and the fix.
/// </summary>
internal sealed class CatalogueQuery
{
    public const int MaxItemsPerPage = 500;

    private CatalogueQuery()
    {
    }

    public IReadOnlyList<string>? Workspaces { get; private init; }

    public NetTopologySuite.Geometries.Geometry? Area { get; private init; }

    public SearchRelation Relation { get; private init; } = SearchRelation.Intersects;

    public SearchRange<DateTimeOffset>? AcquisitionDate { get; private init; }

    public SearchRange<DateTimeOffset>? PublicationDate { get; private init; }

    public SearchRange<DateTimeOffset>? LastUpdateDate { get; private init; }

    public SearchRange<double>? CloudCover { get; private init; }

    public SearchRange<double>? IncidenceAngle { get; private init; }

    public SearchRange<double>? SnowCover { get; private init; }

    public SearchRange<double>? Resolution { get; private init; }

    public IReadOnlySet<string>? Constellations { get; private init; }

    public IReadOnlySet<string>? Platforms { get; private init; }

    public IReadOnlySet<string>? ProcessingLevels { get; private init; }

    public IReadOnlySet<string>? ProductTypes { get; private init; }

    public IReadOnlySet<string>? ProductionStatuses { get; private init; }

    public IReadOnlySet<Guid>? Ids { get; private init; }

    public string? AcquisitionIdentifier { get; private init; }

    public string? ParentIdentifier { get; private init; }

    public string? SourceIdentifier { get; private init; }

    /// <summary>The full-text query: alternatives (<c>OR</c>) of terms that must all match (<c>AND</c>).</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Text { get; private init; }

    public IReadOnlyList<(string Key, bool Descending)> Sort { get; private init; } = [];

    public int ItemsPerPage { get; private init; } = 50;

    public int StartPage { get; private init; } = 1;

    /// <summary>The keys <c>sortBy</c> accepts.</summary>
    public static IReadOnlyList<string> SortKeys { get; } =
        ["acquisitionDate", "publicationDate", "lastUpdateDate", "cloudCover", "incidenceAngle", "snowCover", "resolution", "id"];

    /// <summary>Reads the filters.</summary>
    /// <param name="filters">The filter names and values.</param>
    /// <param name="defaultSort">The order when the search sends no <c>sortBy</c>.</param>
    /// <exception cref="CatalogueQueryException">A filter cannot be read.</exception>
    public static CatalogueQuery Read(JObject filters, string defaultSort)
    {
        var area = Geometry(filters);
        return new CatalogueQuery
        {
            Workspaces = List(filters, "workspace")?.ToList(),
            Area = area,
            Relation = Scalar(filters, "relation") is { } relation ? ReadRelation(relation) : SearchRelation.Intersects,
            AcquisitionDate = Dates(filters, "acquisitionDate"),
            PublicationDate = Dates(filters, "publicationDate"),
            LastUpdateDate = Dates(filters, "lastUpdateDate"),
            CloudCover = Numbers(filters, "cloudCover"),
            IncidenceAngle = Numbers(filters, "incidenceAngle"),
            SnowCover = Numbers(filters, "snowCover"),
            Resolution = Numbers(filters, "resolution"),
            Constellations = List(filters, "constellation"),
            Platforms = List(filters, "platform"),
            ProcessingLevels = List(filters, "processingLevel"),
            ProductTypes = List(filters, "productType"),
            ProductionStatuses = List(filters, "productionStatus"),
            Ids = ReadIds(filters),
            AcquisitionIdentifier = Scalar(filters, "acquisitionIdentifier"),
            ParentIdentifier = Scalar(filters, "parentIdentifier") ?? Scalar(filters, "parentIdenfifier"),
            SourceIdentifier = Scalar(filters, "sourceIdentifier"),
            Text = FullText(Scalar(filters, "q")),
            Sort = SortOrder(Scalar(filters, "sortBy") ?? defaultSort),
            ItemsPerPage = Whole(filters, "itemsPerPage", 50, 1, MaxItemsPerPage),
            StartPage = Whole(filters, "startPage", 1, 1, int.MaxValue),
        };
    }

    private static NetTopologySuite.Geometries.Geometry? Geometry(JObject filters)
    {
        var geometry = filters["geometry"] switch
        {
            null or { Type: JTokenType.Null } => null,
            JObject geoJson => SearchGeometry.FromGeoJson(geoJson),
            JValue { Type: JTokenType.String } wkt => SearchGeometry.FromWkt(wkt.ToString(CultureInfo.InvariantCulture)),
            var other => throw new CatalogueQueryException("geometry", $"geometry {other.ToString(Newtonsoft.Json.Formatting.None)} is neither GeoJSON nor WKT; send a GeoJSON geometry object or a WKT string."),
        };
        var box = Scalar(filters, "bbox") is { } bbox ? SearchGeometry.FromBox(bbox) : null;
        return geometry is not null && box is not null ? geometry.Intersection(box) : geometry ?? box;
    }

    private static SearchRelation ReadRelation(string text) =>
        Enum.GetValues<SearchRelation>().Cast<SearchRelation?>().FirstOrDefault(value => WireEnum.ToWire(value!.Value) == text)
            ?? throw new CatalogueQueryException("relation", $"relation '{text}' is not one of {string.Join(", ", Enum.GetValues<SearchRelation>().Select(WireEnum.ToWire))}.");

    private static SearchRange<DateTimeOffset>? Dates(JObject filters, string name)
    {
        // The vendor reference types the body's date as {startDate, endDate}; its examples and every client send a range string.
        if (filters[name] is JObject { } period)
        {
            return new SearchRange<DateTimeOffset>(Instant(name, period["startDate"]), Instant(name, period["endDate"]));
        }

        return Scalar(filters, name) is { } text
            ? SearchRange<DateTimeOffset>.Parse(text, SearchRangeValues.Instant)
                ?? throw new CatalogueQueryException(name, $"{name} '{text}' is neither a date-time nor a range [start,end] of ISO 8601 date-times; for example [2021-03-01T00:00:00.000Z,2021-04-01T23:59:59.999Z].")
            : null;
    }

    private static DateTimeOffset? Instant(string name, JToken? value) =>
        value is null || value.Type == JTokenType.Null
            ? null
            : SearchRangeValues.Instant(value.ToString()) ?? throw new CatalogueQueryException(name, $"{name} bound '{value}' is not an ISO 8601 date-time.");

    private static SearchRange<double>? Numbers(JObject filters, string name) =>
        Scalar(filters, name) is { } text
            ? SearchRange<double>.Parse(text, SearchRangeValues.Number)
                ?? throw new CatalogueQueryException(name, $"{name} '{text}' is neither a number nor a range [min,max] of numbers; for example [0,30].")
            : null;

    private static IReadOnlySet<Guid>? ReadIds(JObject filters) =>
        List(filters, "id")?.Select(id => Guid.TryParse(id, out var guid) ? guid : throw new CatalogueQueryException("id", $"id '{id}' is not a catalogue item id (a UUID such as fd50a02e-f073-4abe-83b3-d946f9bbd290).")).ToHashSet();

    private static int Whole(JObject filters, string name, int fallback, int min, int max)
    {
        if (Scalar(filters, name) is not { } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CatalogueQueryException(name, $"{name} {text} is out of range; give a whole number from {min}{(max == int.MaxValue ? " up" : $" to {max}")}.");
    }

    private static IReadOnlyList<(string Key, bool Descending)> SortOrder(string sortBy) =>
        sortBy.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => (Key: entry.TrimStart('-', '+'), Descending: entry.StartsWith('-')))
            .Select(entry => SortKeys.Contains(entry.Key)
                ? entry
                : throw new CatalogueQueryException("sortBy", $"sortBy key '{entry.Key}' is not one the simulator sorts on; use {string.Join(", ", SortKeys)}, with '-' for descending."))
            .ToList();

    private static IReadOnlyList<IReadOnlyList<string>>? FullText(string? q) =>
        q is null
            ? null
            : q.Split(" OR ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(alternative => (IReadOnlyList<string>)alternative.Split([" AND ", " "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .ToList();

    /// <summary>A comma list or a JSON array (one third-party client sends <c>["PHR","PNEO"]</c>).</summary>
    private static IReadOnlySet<string>? List(JObject filters, string name) =>
        filters[name] switch
        {
            null or { Type: JTokenType.Null } => null,
            JArray array => array.Select(item => item.ToString()).ToHashSet(StringComparer.Ordinal),
            var value => value.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
        };

    /// <summary>A scalar filter as text: a string as it is, a number in invariant digits.</summary>
    private static string? Scalar(JObject filters, string name) =>
        filters[name] switch
        {
            null or { Type: JTokenType.Null } => null,
            JValue value => Convert.ToString(value.Value, CultureInfo.InvariantCulture),
            var other => throw new CatalogueQueryException(name, $"{name} {other.ToString(Newtonsoft.Json.Formatting.None)} is not a single value; send a string or a number."),
        };
}
