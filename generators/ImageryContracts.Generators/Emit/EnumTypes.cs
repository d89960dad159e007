using System.Collections.Generic;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit;

/// <summary>
/// The string enums of a spec that become C# enums: component enums and enums declared inline in a component's
/// properties (named <c>&lt;Schema&gt;&lt;Property&gt;</c>), in document order.
/// </summary>
public static class EnumTypes
{
    /// <summary>Every named string enum of the spec.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>The enum schemas; each has a <see cref="ApiSchema.Name"/>.</returns>
    public static List<ApiSchema> Of(ApiSpec spec)
    {
        var result = new List<ApiSchema>();
        foreach (var schema in spec.Schemas)
        {
            Collect(schema, result);
        }

        return result;
    }

    private static void Collect(ApiSchema schema, List<ApiSchema> into)
    {
        if (schema.Name is not null && schema.IsStringEnum)
        {
            into.Add(schema);
        }

        foreach (var property in schema.Properties)
        {
            Collect(property.Schema, into);
        }

        foreach (var part in schema.AllOf)
        {
            Collect(part, into);
        }

        if (schema.Items is not null)
        {
            Collect(schema.Items, into);
        }

        if (schema.AdditionalProperties is not null)
        {
            Collect(schema.AdditionalProperties, into);
        }
    }
}
