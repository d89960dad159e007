using ImageryContracts.Testing.OneAtlas.Contract;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>Applies a <see cref="CatalogueQuery"/> to the items an account can see: every filter must match; sorted, then paged.</summary>
internal static class CatalogueSearch
{
    /// <summary>The matches in order, the page's share and the total.</summary>
    public static (IReadOnlyList<CatalogueEntry> Page, int Total) Run(IEnumerable<CatalogueEntry> visible, CatalogueQuery query, Func<OneAtlasCatalogueItem, string> constellationOf)
    {
        var matches = visible.Where(entry => Matches(entry, query, constellationOf(entry.Item))).ToList();
        matches.Sort((left, right) => Compare(left.Item, right.Item, query.Sort));
        var start = (long)(query.StartPage - 1) * query.ItemsPerPage;
        var page = start >= matches.Count ? [] : matches.Skip((int)start).Take(query.ItemsPerPage).ToList();
        return (page, matches.Count);
    }

    private static bool Matches(CatalogueEntry entry, CatalogueQuery query, string constellation)
    {
        var item = entry.Item;
        return (query.Workspaces is not { } workspaces || workspaces.Any(item.Workspace.IsNamedBy))
            && (query.Area is not { } area || Relates(entry, area, query.Relation))
            && (query.AcquisitionDate?.Contains(item.AcquisitionDate) ?? true)
            && (query.PublicationDate?.Contains(item.PublishedAt) ?? true)
            && (query.LastUpdateDate?.Contains(item.PublishedAt) ?? true)
            && (query.CloudCover?.Contains(item.CloudCover) ?? true)
            && (query.IncidenceAngle?.Contains(item.IncidenceAngle) ?? true)
            && (query.SnowCover?.Contains(item.SnowCover) ?? true)
            && (query.Resolution?.Contains(item.Resolution) ?? true)
            && (query.Constellations?.Contains(constellation) ?? true)
            && (query.Platforms?.Contains(item.Platform) ?? true)
            && (query.ProcessingLevels?.Contains(item.ProcessingLevel) ?? true)
            && (query.ProductTypes?.Contains(item.ProductType) ?? true)
            && (query.ProductionStatuses?.Contains(item.ProductionStatus) ?? true)
            && (query.Ids?.Contains(item.Id) ?? true)
            && (query.AcquisitionIdentifier is null || query.AcquisitionIdentifier == item.SourceId)
            && (query.ParentIdentifier is null || query.ParentIdentifier == item.SourceId)
            && (query.SourceIdentifier is null || query.SourceIdentifier == item.SourceId)
            && (query.Text is not { } text || text.Any(terms => terms.All(term => Words(item, constellation).Any(word => word.Contains(term, StringComparison.Ordinal)))));
    }

    // The envelope test first: most footprints are far from the search area, and that test is a few comparisons.
    private static bool Relates(CatalogueEntry entry, NetTopologySuite.Geometries.Geometry area, SearchRelation relation) => relation switch
    {
        SearchRelation.Disjoint => !entry.Footprint.EnvelopeInternal.Intersects(area.EnvelopeInternal) || entry.Footprint.Disjoint(area),
        SearchRelation.Within => entry.Footprint.EnvelopeInternal.Intersects(area.EnvelopeInternal) && entry.Footprint.Within(area),
        SearchRelation.Contains => entry.Footprint.EnvelopeInternal.Intersects(area.EnvelopeInternal) && entry.Footprint.Contains(area),
        _ => entry.Footprint.EnvelopeInternal.Intersects(area.EnvelopeInternal) && entry.Footprint.Intersects(area),
    };

    private static IEnumerable<string> Words(OneAtlasCatalogueItem item, string constellation) =>
        [item.Id.ToString(), constellation, item.Platform, item.ProcessingLevel, item.ProductType, item.SourceId, item.Workspace.Name];

    // Ties fall back to the id, so pages never overlap or skip whatever the sort keys.
    private static int Compare(OneAtlasCatalogueItem left, OneAtlasCatalogueItem right, IReadOnlyList<(string Key, bool Descending)> sort)
    {
        foreach (var (key, descending) in sort)
        {
            var order = key switch
            {
                "acquisitionDate" => left.AcquisitionDate.CompareTo(right.AcquisitionDate),
                "publicationDate" or "lastUpdateDate" => left.PublishedAt.CompareTo(right.PublishedAt),
                "cloudCover" => left.CloudCover.CompareTo(right.CloudCover),
                "incidenceAngle" => left.IncidenceAngle.CompareTo(right.IncidenceAngle),
                "snowCover" => left.SnowCover.CompareTo(right.SnowCover),
                "resolution" => left.Resolution.CompareTo(right.Resolution),
                _ => left.Id.CompareTo(right.Id),
            };
            if (order != 0)
            {
                return descending ? -order : order;
            }
        }

        return left.Id.CompareTo(right.Id);
    }
}
