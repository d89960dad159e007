namespace OrderWorkflow.Connections;

/// <summary>Where and as whom the sample talks to OneAtlas: the real service or a simulator.</summary>
/// <param name="ApiKey">The API key exchanged for tokens.</param>
/// <param name="BaseUrl">The data API's base URL; <c>null</c> for the spec's server (the real service).</param>
/// <param name="TokenUrl">The token endpoint; <c>null</c> for the spec's token server (the real service).</param>
public sealed record OneAtlasCredentials(string ApiKey, string? BaseUrl, string? TokenUrl)
{
    /// <summary>Whether these credentials point at the real service.</summary>
    public bool IsRealService => BaseUrl is null;

    /// <inheritdoc />
    public override string ToString() => $"OneAtlasCredentials {{ ApiKey = <redacted>, BaseUrl = {BaseUrl ?? "spec server"} }}";
}
