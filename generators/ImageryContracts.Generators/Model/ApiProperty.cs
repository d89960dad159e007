namespace ImageryContracts.Generators.Model;

/// <summary>A property of an object schema.</summary>
/// <param name="WireName">The JSON name.</param>
/// <param name="Required">Whether the owner's <c>required</c> lists it.</param>
/// <param name="Schema">Its schema (description, nullable and rule extensions included).</param>
public sealed record ApiProperty(string WireName, bool Required, ApiSchema Schema);
