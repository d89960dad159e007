using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit;

/// <summary>One parameter of the generated product-request validator: an enum, the CRS code type or the sensor.</summary>
/// <param name="Schema">The enum or CRS schema.</param>
/// <param name="TypeName">The fully qualified C# type.</param>
/// <param name="ParameterName">The C# parameter name.</param>
/// <param name="Field">The wire name of the request field that carries the value.</param>
public sealed record ProductRuleParameter(ApiSchema Schema, string TypeName, string ParameterName, string Field)
{
    /// <summary>Whether this is the CRS code.</summary>
    public bool IsCrs => Schema.Crs is not null;

    /// <summary>Whether this is the sensor enum.</summary>
    public bool IsSensor => Schema.Role == "sensor";
}
