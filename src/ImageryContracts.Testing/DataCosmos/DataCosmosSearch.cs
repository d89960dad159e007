using System.Globalization;
using ImageryContracts.Testing.DataCosmos.Contract;
using NetTopologySuite.Geometries;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>
/// The filters of one STAC search, checked once and applied to each item: collections, ids, bbox (crossing the
/// antimeridian when west is greater than east), intersects, the top-level datetime and the <c>query</c> operators.
/// All of them must hold.
/// </summary>
internal sealed class DataCosmosSearch
{
    private static readonly GeometryFactory Factory = new();

    private readonly HashSet<string>? _collections;
    private readonly HashSet<string>? _ids;
    private readonly NetTopologySuite.Geometries.Geometry? _area;
    private readonly (DateTimeOffset? From, DateTimeOffset? To)? _interval;
    private readonly IReadOnlyList<(string Property, StacQueryFilter Filter)> _query;

    private DataCosmosSearch(
        HashSet<string>? collections, HashSet<string>? ids, NetTopologySuite.Geometries.Geometry? area,
        (DateTimeOffset?, DateTimeOffset?)? interval, IReadOnlyList<(string, StacQueryFilter)> query)
    {
        _collections = collections;
        _ids = ids;
        _area = area;
        _interval = interval;
        _query = query;
    }

    /// <summary>The search a request asks for, or a message naming the field at fault and the fix.</summary>
    public static (DataCosmosSearch? Search, string? Problem, string? Field) From(StacSearchRequest request)
    {
        if (request.Bbox is { Count: > 0 } && request.Intersects is not null)
        {
            return (null, "bbox and intersects cannot be sent together (STAC item search); send one of them.", "bbox");
        }

        NetTopologySuite.Geometries.Geometry? area = null;
        if (request.Bbox is { Count: > 0 } bbox)
        {
            if (bbox.Count is not (4 or 6))
            {
                return (null, $"bbox has {bbox.Count} numbers; send west, south, east, north (4) or with heights (6).", "bbox");
            }

            area = Box(bbox);
        }
        else if (request.Intersects is { } intersects)
        {
            var (geometry, problem) = StacGeometry.FromWire(intersects);
            if (geometry is null)
            {
                return (null, problem, "intersects");
            }

            area = geometry;
        }

        (DateTimeOffset?, DateTimeOffset?)? interval = null;
        if (request.Datetime is { Length: > 0 } datetime)
        {
            if (Interval(datetime) is not { } parsed)
            {
                return (null, $"datetime '{datetime}' is not an RFC 3339 instant or interval; send for example 2025-01-01T00:00:00Z/.. .", "datetime");
            }

            interval = parsed;
        }

        var query = new List<(string, StacQueryFilter)>();
        foreach (var (property, filter) in request.Query ?? new Dictionary<string, StacQueryFilter>())
        {
            if (filter.AdditionalProperties.Keys.FirstOrDefault() is { } unknown)
            {
                return (null, $"query.{property} has the operator '{unknown}', which the STAC Query extension does not define; use eq, neq, lt, lte, gt, gte, startsWith, endsWith, contains or in.", "query");
            }

            query.Add((property, filter));
        }

        return (new DataCosmosSearch(Set(request.Collections), Set(request.Ids), area, interval, query), null, null);
    }

    /// <summary>Whether an item satisfies every filter.</summary>
    public bool Matches(DataCosmosCatalogueEntry entry) =>
        (_collections is null || _collections.Contains(entry.Item.Collection))
        && (_ids is null || _ids.Contains(entry.Item.Item))
        && (_area is null || _area.Intersects(entry.Footprint))
        && (_interval is not { } interval || ((interval.From is null || entry.Item.Acquired >= interval.From) && (interval.To is null || entry.Item.Acquired <= interval.To)))
        && _query.All(filter => StacQueryMatch.Matches(entry.Properties.GetValueOrDefault(filter.Property), filter.Filter));

    private static HashSet<string>? Set(IEnumerable<string>? values) =>
        values is null || !values.Any() ? null : new HashSet<string>(values, StringComparer.Ordinal);

    private static NetTopologySuite.Geometries.Geometry Box(IReadOnlyList<double> bbox)
    {
        var (west, south, east, north) = bbox.Count == 6 ? (bbox[0], bbox[1], bbox[3], bbox[4]) : (bbox[0], bbox[1], bbox[2], bbox[3]);
        return west <= east
            ? Factory.ToGeometry(new Envelope(west, east, south, north))
            : Factory.CreateGeometryCollection([Factory.ToGeometry(new Envelope(west, 180, south, north)), Factory.ToGeometry(new Envelope(-180, east, south, north))]);
    }

    private static (DateTimeOffset?, DateTimeOffset?)? Interval(string text)
    {
        var parts = text.Split('/');
        if (parts.Length > 2)
        {
            return null;
        }

        DateTimeOffset? Parse(string part) =>
            part is "" or ".." ? null
            : DateTimeOffset.TryParse(part, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant
            : throw new FormatException();
        try
        {
            return parts.Length == 1 ? (Parse(parts[0]), Parse(parts[0])) : (Parse(parts[0]), Parse(parts[1]));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
