namespace ImageryContracts.Generators.Model;

/// <summary>A <c>servers</c> entry (document, path or operation level).</summary>
/// <param name="Url">The server URL.</param>
/// <param name="Description">Its description.</param>
public sealed record ApiServer(string Url, string? Description);
