using ImageryContracts.OneAtlas.Models;

namespace ImageryContracts.OneAtlas.Search;

/// <summary>The OneAtlas-specific filters of a catalogue search; every one has a default that finds orderable images.</summary>
public sealed record OneAtlasSearchOptions
{
    /// <summary>The constellations to search; all three by default.</summary>
    public IReadOnlyList<Constellation> Constellations { get; init; } = [Constellation.Spot, Constellation.Pleiades, Constellation.PleiadesNeo];

    /// <summary>
    /// The workspaces to search, by name or id. By default the Living Library's that hold the constellations asked for:
    /// <c>public</c> for SPOT and Pléiades, <c>public-pneo</c> for Pléiades Neo (a Pléiades Neo search outside it finds nothing).
    /// </summary>
    public IReadOnlyList<string>? Workspaces { get; init; }

    /// <summary>The processing levels; <c>SENSOR</c> (the orderable products) by default.</summary>
    public IReadOnlyList<ProcessingLevel> ProcessingLevels { get; init; } = [ProcessingLevel.Sensor];

    /// <summary>
    /// The order, as OneAtlas' <c>sortBy</c> (keys, <c>-</c> for descending). Always sent, because the vendor's default
    /// order is not the documented one. Default: least cloud first, then newest.
    /// </summary>
    public string SortBy { get; init; } = "cloudCover,-acquisitionDate";

    /// <summary>How footprints relate to the AOI; <see cref="SearchRelation.Intersects"/> by default.</summary>
    public SearchRelation Relation { get; init; } = SearchRelation.Intersects;

    /// <summary>The workspaces actually searched: <see cref="Workspaces"/>, or those of the constellations.</summary>
    internal IReadOnlyList<string> WorkspacesToSearch =>
        Workspaces ?? [.. Constellations.Select(constellation => constellation == Constellation.PleiadesNeo ? "public-pneo" : "public").Distinct()];
}
