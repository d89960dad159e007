namespace ImageryContracts.Generators.Model;

/// <summary>An inclusive range of EPSG codes.</summary>
/// <param name="From">The first code.</param>
/// <param name="To">The last code.</param>
public readonly record struct ApiCodeRange(int From, int To);
