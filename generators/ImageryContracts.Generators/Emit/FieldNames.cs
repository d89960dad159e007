using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit;

/// <summary>Names the request field that carries a type's values, for validation messages and problem fields.</summary>
public static class FieldNames
{
    /// <summary>
    /// The wire name of the first property typed as <paramref name="typeName"/>, searching the request schemas first,
    /// then every component; the camelCase type name when no property uses it.
    /// </summary>
    /// <param name="spec">The spec.</param>
    /// <param name="typeName">The C# type name of a component or inline type.</param>
    /// <returns>The field name.</returns>
    public static string Of(ApiSpec spec, string typeName) =>
        RequestSchemas.Of(spec).Concat(spec.Schemas)
            .SelectMany(s => s.Properties)
            .FirstOrDefault(p => TypeOf(p.Schema) == typeName)?.WireName
        ?? Identifiers.ToCamelCase(typeName).TrimStart('@');

    /// <summary>The C# type a property's schema names: its <c>$ref</c> target or its own inline type name.</summary>
    /// <param name="schema">The property's schema.</param>
    /// <returns>The type name, or null for an anonymous schema.</returns>
    public static string? TypeOf(ApiSchema schema) => schema.Ref ?? schema.Name;
}
