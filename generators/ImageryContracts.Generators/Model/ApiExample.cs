namespace ImageryContracts.Generators.Model;

/// <summary>A named example of a media type.</summary>
/// <param name="Name">The key in <c>examples</c>.</param>
/// <param name="Summary">Its <c>summary</c>.</param>
/// <param name="ValueJson">Its <c>value</c> as JSON text.</param>
public sealed record ApiExample(string Name, string? Summary, string ValueJson);
