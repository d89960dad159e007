using ImageryContracts.Testing.Downloads;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>
/// Every item the simulator knows: the options' own items, then the seeded ones. Items with a footprint are searchable,
/// newest first (then by collection and id), and a search pages through them with a cursor naming the last item
/// returned, so a search body sent again with the cursor resumes where the previous page ended.
/// </summary>
internal sealed class DataCosmosCatalogue
{
    private const string CursorPrefix = "next:";

    private readonly Dictionary<(string Collection, string Item), DataCosmosCatalogueItem> _items = [];
    private readonly List<DataCosmosCatalogueEntry> _searchable = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    private readonly bool _rangeSupport;

    public DataCosmosCatalogue(DataCosmosSimulatorOptions options)
    {
        Listed = options.Catalogue;
        _rangeSupport = options.AssetRangeSupport;
        foreach (var item in options.Catalogue.Concat(DataCosmosCatalogueSeed.Generate(options.SeededItems, options.CatalogueSeed)))
        {
            if (_items.TryAdd((item.Collection, item.Item), item) && item.Footprint is not null)
            {
                _searchable.Add(new DataCosmosCatalogueEntry(item));
            }
        }

        _searchable.Sort((a, b) => b.Item.Acquired.CompareTo(a.Item.Acquired) is var byTime and not 0 ? byTime
            : string.CompareOrdinal(a.Item.Collection, b.Item.Collection) is var byCollection and not 0 ? byCollection
            : string.CompareOrdinal(a.Item.Item, b.Item.Item));
        for (var index = 0; index < _searchable.Count; index++)
        {
            _positions[_searchable[index].Cursor] = index;
        }
    }

    /// <summary>The items the options named (the seeded ones are not listed in messages).</summary>
    public IReadOnlyList<DataCosmosCatalogueItem> Listed { get; }

    /// <summary>How many items a search can find.</summary>
    public int SearchableCount => _searchable.Count;

    /// <summary>The item, or null.</summary>
    public DataCosmosCatalogueItem? Find(string collection, string item) => _items.GetValueOrDefault((collection, item));

    /// <summary>The searchable item and its asset whose storage path this is, or null.</summary>
    public (DataCosmosCatalogueItem Item, DataCosmosAsset Asset)? Stored(string collection, string year, string month, string day, string item, string fileName) =>
        Find(collection, item) is { Footprint: not null } found
        && found.Assets.FirstOrDefault(asset => asset.FileName == fileName && asset.HasFile && asset.ExternalHref is null) is { } asset
        && DataCosmosStacWire.StoragePath(found, asset) == $"/v0/storage/catalog/{collection}/{year}/{month}/{day}/{item}/{fileName}"
            ? (found, asset)
            : null;

    /// <summary>The bytes of an asset: generated from its storage path, so the same asset always has the same bytes.</summary>
    public static SimulatedContent Content(DataCosmosCatalogueItem item, DataCosmosAsset asset) =>
        SimulatedContent.FromKey(DataCosmosStacWire.StoragePath(item, asset), asset.Length);

    /// <summary>How an asset is served: its bytes, media type and tag, with or without range support.</summary>
    public SimulatedDownload Download(DataCosmosCatalogueItem item, DataCosmosAsset asset)
    {
        var content = Content(item, asset);
        return new SimulatedDownload(content) { ContentType = asset.MediaType, ETag = content.ETag, SupportsRanges = _rangeSupport };
    }

    /// <summary>One page of a search, or null when the cursor names no item of this catalogue.</summary>
    /// <param name="search">The filters.</param>
    /// <param name="cursor">The cursor of the previous page's next link, or null for the first page.</param>
    /// <param name="limit">The page size.</param>
    public DataCosmosSearchPage? Search(DataCosmosSearch search, string? cursor, int limit)
    {
        var start = 0;
        if (cursor is not null)
        {
            if (!cursor.StartsWith(CursorPrefix, StringComparison.Ordinal) || !_positions.TryGetValue(cursor, out var after))
            {
                return null;
            }

            start = after + 1;
        }

        var page = new List<DataCosmosCatalogueEntry>(Math.Min(limit, 1000));
        var matched = 0L;
        var more = false;
        for (var index = 0; index < _searchable.Count; index++)
        {
            if (!search.Matches(_searchable[index]))
            {
                continue;
            }

            matched++;
            if (index < start)
            {
                continue;
            }

            if (page.Count < limit)
            {
                page.Add(_searchable[index]);
            }
            else
            {
                more = true;
            }
        }

        return new DataCosmosSearchPage(page, more ? page[^1].Cursor : null, matched);
    }
}
