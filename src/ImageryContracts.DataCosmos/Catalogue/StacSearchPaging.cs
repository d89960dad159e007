using System.Globalization;
using System.Text.Json.Nodes;
using System.Web;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Geometry;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.DataCosmos.Catalogue;

/// <summary>
/// The search bodies of a paged search. The first carries the filters; the next one follows the page's
/// <c>rel=next</c> link as STAC says when the link says how (<c>method</c>, <c>body</c>, <c>merge</c>), and otherwise the
/// way the vendor SDK does: the same body again, with the <c>cursor</c> parameter of the link's href.
/// </summary>
internal static class StacSearchPaging
{
    /// <summary>The first page's body: the AOI as <c>intersects</c>, and time, cloud, level and platform as <c>query</c>.</summary>
    public static StacSearchRequest FirstBody(GeoJsonPolygon aoi, DateTimeOffset from, DateTimeOffset to, double? maxCloudCover, DataCosmosSearchOptions options, int limit)
    {
        var query = new Dictionary<string, StacQueryFilter>(StringComparer.Ordinal)
        {
            // As the vendor SDK filters time: an interval in query.datetime, not the top-level STAC datetime.
            ["datetime"] = new StacQueryFilter { Gte = new UntypedString(Instant(from)), Lte = new UntypedString(Instant(to)) },
        };
        if (maxCloudCover is { } cloud)
        {
            query["eo:cloud_cover"] = new StacQueryFilter { Lte = new UntypedDouble(cloud) };
        }

        if (options.Levels.Count > 0)
        {
            query["processing:level"] = new StacQueryFilter { In = [.. options.Levels.Select(level => (UntypedNode)new UntypedString(level))] };
        }

        if (options.Platforms.Count > 0)
        {
            query["platform"] = new StacQueryFilter { In = [.. options.Platforms.Select(platform => (UntypedNode)new UntypedString(platform))] };
        }

        return new StacSearchRequest
        {
            Collections = options.Collections.Count > 0 ? [.. options.Collections] : null,
            Intersects = StacGeoJson.ToGeometry(aoi),
            Limit = limit,
            Query = query,
            Project = options.Project,
        };
    }

    /// <summary>How to ask for the next page, or null when <paramref name="page"/> is the last.</summary>
    /// <param name="body">The body that asked for <paramref name="page"/>; reused for the next page when the link carries a cursor.</param>
    /// <param name="page">The page just read.</param>
    /// <param name="cancellationToken">Stops the merge of a link body.</param>
    public static async Task<StacNextPage?> NextAsync(StacSearchRequest body, StacItemCollection page, CancellationToken cancellationToken)
    {
        if (page.Features is not { Count: > 0 } || page.Links?.FirstOrDefault(link => link.Rel == "next" && link.Href is { Length: > 0 }) is not { } next)
        {
            return null;
        }

        if (string.Equals(next.Method, "POST", StringComparison.OrdinalIgnoreCase) && next.Body is UntypedObject linkBody)
        {
            return new StacNextPage(await LinkBodyAsync(body, linkBody, next.Merge == true, cancellationToken).ConfigureAwait(false), next.Href);
        }

        if (CursorOf(next.Href!) is { } cursor)
        {
            body.Cursor = cursor;
            return new StacNextPage(body, null);
        }

        // A STAC link without a cursor, followed as STAC says (its method defaults to GET): the href holds the page.
        return string.Equals(next.Method, "POST", StringComparison.OrdinalIgnoreCase) ? new StacNextPage(body, next.Href) : new StacNextPage(null, next.Href);
    }

    private static string? CursorOf(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri) && HttpUtility.ParseQueryString(uri.Query)["cursor"] is { Length: > 0 } cursor ? cursor : null;

    // STAC: merge true sends the original body with the link body's members over it (shallow); false sends the link body.
    private static async Task<StacSearchRequest> LinkBodyAsync(StacSearchRequest original, UntypedObject linkBody, bool merge, CancellationToken cancellationToken)
    {
        var members = JsonNode.Parse(await KiotaJsonSerializer.SerializeAsStringAsync(linkBody, serializeOnlyChangedValues: false, cancellationToken).ConfigureAwait(false))!.AsObject();
        var merged = merge ? JsonNode.Parse(await KiotaJsonSerializer.SerializeAsStringAsync(original, serializeOnlyChangedValues: false, cancellationToken).ConfigureAwait(false))!.AsObject() : [];
        foreach (var (name, value) in members)
        {
            merged[name] = value?.DeepClone();
        }

        return await KiotaJsonSerializer.DeserializeAsync(merged.ToJsonString(), StacSearchRequest.CreateFromDiscriminatorValue, cancellationToken).ConfigureAwait(false)
            ?? throw new FormatException("The next link's body is not a search body.");
    }

    private static string Instant(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
