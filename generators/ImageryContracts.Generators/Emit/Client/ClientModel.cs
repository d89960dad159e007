using System.Collections.Generic;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>A model class of the generated client.</summary>
/// <param name="Schema">The object schema.</param>
/// <param name="Name">The class name.</param>
/// <param name="BaseModel">The model it derives from (the <c>$ref</c> part of an <c>allOf</c>), if any.</param>
/// <param name="Properties">Its own properties (a derived model's exclude the base's), sorted by C# name.</param>
/// <param name="IsError">Whether an operation returns it for an error status, so it derives from <c>ApiException</c>.</param>
public sealed record ClientModel(ApiSchema Schema, string Name, string? BaseModel, IReadOnlyList<ClientProperty> Properties, bool IsError);
