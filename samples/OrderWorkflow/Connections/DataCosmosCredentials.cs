namespace OrderWorkflow.Connections;

/// <summary>Where and as whom the sample talks to DataCosmos: the real service or a simulator.</summary>
/// <param name="ClientId">The machine client id.</param>
/// <param name="ClientSecret">The client secret.</param>
/// <param name="OrganisationId">The organisation the orders are placed for.</param>
/// <param name="BaseUrl">The data API's base URL; <c>null</c> for the spec's server (the real service).</param>
/// <param name="TokenUrl">The token endpoint; <c>null</c> for the spec's token server (the real service).</param>
public sealed record DataCosmosCredentials(string ClientId, string ClientSecret, long OrganisationId, string? BaseUrl, string? TokenUrl)
{
    /// <summary>Whether these credentials point at the real service.</summary>
    public bool IsRealService => BaseUrl is null;

    /// <inheritdoc />
    public override string ToString() =>
        $"DataCosmosCredentials {{ ClientId = {ClientId}, ClientSecret = <redacted>, OrganisationId = {OrganisationId}, BaseUrl = {BaseUrl ?? "spec server"} }}";
}
