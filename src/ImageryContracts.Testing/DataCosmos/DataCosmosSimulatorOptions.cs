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

    /// <summary>The items orders may name.</summary>
    public IReadOnlyList<DataCosmosCatalogueItem> Catalogue { get; init; } = DataCosmosCatalogueItem.Defaults;

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
