using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>A property of a generated model.</summary>
/// <param name="WireName">The JSON name.</param>
/// <param name="Name">The C# name (PascalCase, escaped where it would clash).</param>
/// <param name="Type">The C# type.</param>
/// <param name="Schema">The property's schema as written (its description and rule extensions).</param>
public sealed record ClientProperty(string WireName, string Name, ClientType Type, ApiSchema Schema);
