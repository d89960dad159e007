namespace ImageryContracts.Testing.DataCosmos;

/// <summary>A contract (policy) of an organisation, which sets the rate, currency and discount of its prices.</summary>
/// <param name="ContractId">The contract id, the pricing paths' <c>policy_id</c>.</param>
/// <param name="Name">The contract's name.</param>
/// <param name="Currency">The ISO 4217 currency of prices under it.</param>
/// <param name="PricePerKm2">The rate: a catalogue item costs its area (or its order geometry's area) times this.</param>
public sealed record DataCosmosPolicy(long ContractId, string Name, string Currency, decimal PricePerKm2)
{
    /// <summary>Whether this is the organisation's default contract.</summary>
    public bool DefaultContract { get; init; } = true;

    /// <summary>Whether the contract is active; inactive ones are listed only on request and refuse orders.</summary>
    public bool Active { get; init; } = true;

    /// <summary>The discount in [0, 1) that turns <c>value</c> into <c>final</c>.</summary>
    public decimal Discount { get; init; }
}
