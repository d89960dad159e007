namespace ImageryContracts.Testing.DataCosmos;

/// <summary>How a <see cref="DataCosmosSimulator"/> starts: port, clock, clients, organisations, catalogue and payment behaviour.</summary>
public sealed class DataCosmosSimulatorOptions
{
    /// <summary>The port on 127.0.0.1; 0 (the default) picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The clock behind token expiry, unpaid-order expiry and slow responses.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The clients the token exchange accepts.</summary>
    public IReadOnlyList<DataCosmosClientCredentials> Clients { get; init; } = [DataCosmosClientCredentials.Default];

    /// <summary>The organisations, with their credits and contracts.</summary>
    public IReadOnlyList<DataCosmosOrganisation> Organisations { get; init; } = [DataCosmosOrganisation.Default];

    /// <summary>Items orders may name besides the seeded ones; those with a footprint are found by searches too.</summary>
    public IReadOnlyList<DataCosmosCatalogueItem> Catalogue { get; init; } = DataCosmosCatalogueItem.Defaults;

    /// <summary>
    /// How many items the seeded STAC catalogue holds (<see cref="DataCosmosCollection.Seeded"/> in turn, over
    /// Toulouse, Santiago, Lisbon, Denver and Nairobi in turn); 0 for none. Default 400.
    /// </summary>
    public int SeededItems { get; init; } = 400;

    /// <summary>The seed of the seeded catalogue: the same seed and size always give the same items.</summary>
    public int CatalogueSeed { get; init; } = 13;

    /// <summary>
    /// Whether asset downloads honour <c>Range</c> (206). Simulator behaviour: whether the vendor's storage does is not
    /// known. Default true.
    /// </summary>
    public bool AssetRangeSupport { get; init; } = true;

    /// <summary>How long an access token lives (<c>expires_in</c>).</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// After how long an <c>UNPAID</c> order is <c>CANCELLED</c> (simulator behaviour: the vendor documents the status
    /// but not what leads to it); null, the default, never expires orders.
    /// </summary>
    public TimeSpan? UnpaidOrderExpiry { get; init; }

    /// <summary>
    /// When true, order creation already spends credits that cover the total (<c>PAID</c>, <c>NOT_REQUIRED</c>), as
    /// the newer purchasing pages describe; by default the order is created <c>UNPAID</c> and paid at checkout, as
    /// the ordering overview describes.
    /// </summary>
    public bool PayOnCreateWhenCreditsCover { get; init; }
}
