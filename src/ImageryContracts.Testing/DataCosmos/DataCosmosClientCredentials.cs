namespace ImageryContracts.Testing.DataCosmos;

/// <summary>A machine client the token exchange accepts, and the organisation its tokens act for.</summary>
/// <param name="ClientId">The client id issued by Open Cosmos.</param>
/// <param name="ClientSecret">The client secret.</param>
/// <param name="OrganisationId">The organisation the client belongs to.</param>
public sealed record DataCosmosClientCredentials(string ClientId, string ClientSecret, long OrganisationId)
{
    /// <summary>The default client, of <see cref="DataCosmosOrganisation.Default"/>.</summary>
    public static DataCosmosClientCredentials Default { get; } = new("simulated-datacosmos-client", "simulated-datacosmos-secret", DataCosmosOrganisation.Default.Id);
}
