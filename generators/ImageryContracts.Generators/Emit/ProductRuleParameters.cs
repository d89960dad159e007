using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit;

/// <summary>
/// Chooses the parameters of the product-request validator from the spec's data: every enum that carries a rule
/// (<c>x-imagery-sensors</c>, <c>x-imagery-deprecated</c>); the other enums and the CRS code of the request schemas that
/// hold such an enum (the same request shape, so a rule added to them later needs no signature change); and the sensor
/// enum last, as the optional explicit sensor.
/// </summary>
public static class ProductRuleParameters
{
    /// <summary>The parameters, in document order with the sensor last; empty when the spec has no such rule.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>The parameters.</returns>
    public static List<ProductRuleParameter> Of(ApiSpec spec)
    {
        var enums = EnumTypes.Of(spec);
        var ruleBearing = enums.Where(e => e.Role != "sensor" && e.EnumValues.Any(v => v.Sensors is not null || v.Deprecation is not null)).ToList();
        if (ruleBearing.Count == 0)
        {
            return new List<ProductRuleParameter>();
        }

        var ruleNames = new HashSet<string>(ruleBearing.Select(e => e.Name!));
        var requestSchemas = RequestSchemas.Of(spec);
        var shapeTypes = new HashSet<string>(ruleNames);
        foreach (var schema in requestSchemas.Where(s => s.Properties.Any(p => FieldNames.TypeOf(p.Schema) is { } t && ruleNames.Contains(t))))
        {
            foreach (var property in schema.Properties)
            {
                shapeTypes.Add(FieldNames.TypeOf(property.Schema) ?? "");
            }
        }

        var sensor = ruleBearing.Any(e => e.EnumValues.Any(v => v.Sensors is not null)) ? SensorTable.Of(spec)?.Schema : null;
        var chosen = enums.Where(e => e.Role != "sensor" && shapeTypes.Contains(e.Name!))
            .Concat(spec.Schemas.Where(s => s.Crs is not null && shapeTypes.Contains(s.Name ?? "")))
            .Concat(sensor is null ? Enumerable.Empty<ApiSchema>() : new[] { sensor })
            .ToList();

        var usedNames = new HashSet<string>();
        var result = new List<ProductRuleParameter>();
        foreach (var schema in chosen)
        {
            var field = FieldNames.Of(spec, schema.Name!);
            var parameterName = Identifiers.ToCamelCase(field);
            if (!usedNames.Add(parameterName))
            {
                parameterName = Identifiers.ToCamelCase(schema.Name!);
                usedNames.Add(parameterName);
            }

            result.Add(new ProductRuleParameter(schema, $"global::{spec.Namespace}.Models.{schema.Name}", parameterName, field));
        }

        return result;
    }
}
