namespace ImageryContracts.DataCosmos.Catalogue;

/// <summary>The DataCosmos-specific part of a catalogue search: which collections, levels and platforms, how many items, priced under which contract.</summary>
public sealed record DataCosmosSearchOptions
{
    /// <summary>The largest page the facade asks for (STAC's maximum).</summary>
    public const int MaxPageSize = 10_000;

    /// <summary>The collections to search (<c>mantis-l1d-cogs</c>, …); empty for all.</summary>
    public IReadOnlyList<string> Collections { get; init; } = [];

    /// <summary>The processing levels to keep (<c>L1D</c>, <c>L2A</c>, …; sent as <c>processing:level in</c>); empty for all.</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];

    /// <summary>The platforms to keep (<c>mantis</c>, <c>menut</c>, …; sent as <c>platform in</c>); empty for all.</summary>
    public IReadOnlyList<string> Platforms { get; init; } = [];

    /// <summary>Items per page (the body's <c>limit</c>), 1 to <see cref="MaxPageSize"/>. Default 100.</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>The most items to return across pages; null for every match. No page is asked for once it is reached.</summary>
    public int? MaxItems { get; init; }

    /// <summary>
    /// The contract to price the items under (<c>contract_id</c>); null for the facade's
    /// <see cref="DataCosmosOptions.ContractId"/>, and no prices when that is unset too.
    /// </summary>
    public long? ContractId { get; init; }

    /// <summary>The project whose prices and purchases apply (the body's <c>project</c>), or null.</summary>
    public string? Project { get; init; }
}
