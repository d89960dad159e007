namespace ImageryContracts.Generators.Model;

/// <summary>A response header.</summary>
/// <param name="Name">The header name.</param>
/// <param name="Description">Its description.</param>
/// <param name="Schema">Its schema.</param>
public sealed record ApiHeader(string Name, string? Description, ApiSchema Schema);
