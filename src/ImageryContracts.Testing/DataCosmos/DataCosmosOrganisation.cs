namespace ImageryContracts.Testing.DataCosmos;

/// <summary>An organisation: its id, its credit balance (spent first at checkout) and its contracts.</summary>
/// <param name="Id">The numeric organisation id.</param>
/// <param name="Credits">The credit balance, in the contracts' currency.</param>
/// <param name="Policies">The organisation's contracts.</param>
public sealed record DataCosmosOrganisation(long Id, decimal Credits, IReadOnlyList<DataCosmosPolicy> Policies)
{
    /// <summary>Organisation 434 with 10,000 credits and one default EUR contract (id 42) at 2.50 per km².</summary>
    public static DataCosmosOrganisation Default { get; } =
        new(434, 10_000m, [new DataCosmosPolicy(42, "Standard catalogue contract", "EUR", 2.50m)]);
}
