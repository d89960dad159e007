namespace ImageryContracts.Testing.OneAtlas;

/// <summary>A OneAtlas account the simulator knows: its API key and its balance in credits.</summary>
/// <param name="ApiKey">The API key the token exchange accepts.</param>
/// <param name="Balance">The credits available; an order costing more is <c>rejected</c>.</param>
public sealed record OneAtlasAccount(string ApiKey, long Balance)
{
    /// <summary>The API key of the default account.</summary>
    public const string DefaultApiKey = "simulated-oneatlas-api-key";

    /// <summary>The default account: <see cref="DefaultApiKey"/> with 1,000,000 credits.</summary>
    public static OneAtlasAccount Default { get; } = new(DefaultApiKey, 1_000_000);

    /// <summary>The contract orders are charged to (<c>contractId</c>).</summary>
    public Guid ContractId { get; init; } = Guid.Parse("ff731b8d-5637-40aa-89ad-daa736613714");

    /// <summary>The user orders are placed by (<c>createdBy</c>).</summary>
    public Guid UserId { get; init; } = Guid.Parse("3b3af8c8-3fde-4ad5-96fa-a28f6464e067");

    /// <summary>
    /// The account's own workspace (<c>contract.workspaceId</c> of <c>/api/v1/me</c>), where each delivered product appears
    /// as a new catalogue item that only this account sees and may download.
    /// </summary>
    public OneAtlasWorkspace Workspace { get; init; } = new(Guid.Parse("5a1e7c3d-2b4f-4e6a-9c8d-7f0e1d2c3b4a"), "my-workspace", "My workspace");
}
