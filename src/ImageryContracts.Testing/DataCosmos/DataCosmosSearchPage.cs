namespace ImageryContracts.Testing.DataCosmos;

/// <summary>One page of a catalogue search.</summary>
/// <param name="Items">The page's items, newest first.</param>
/// <param name="NextCursor">The cursor of the next page; null on the last one.</param>
/// <param name="Matched">How many items match the whole search.</param>
internal sealed record DataCosmosSearchPage(IReadOnlyList<DataCosmosCatalogueEntry> Items, string? NextCursor, long Matched);
