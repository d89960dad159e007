namespace ImageryContracts.Generators.Emit.Client;

/// <summary>The C# type a schema becomes in the generated client, with what its parse-node calls need.</summary>
/// <param name="Kind">How the value is read and written.</param>
/// <param name="TypeName">The C# type without the nullable mark (<c>string</c>, <c>global::Ns.Models.Order</c>, …).</param>
/// <param name="IsValueType">Whether <see cref="TypeName"/> is a value type.</param>
/// <param name="KiotaName">
/// For a primitive, the suffix of Kiota's <c>Get…Value</c>/<c>Write…Value</c> (<c>String</c>, <c>Long</c>, …); for a
/// wire string, its <c>x-imagery-clr-type</c> (<c>bool</c>, <c>decimal</c> or <c>date-time</c>).
/// </param>
/// <param name="EnumTypeName">The enum of an enum or extensible enum (for <c>[KnownValues]</c>).</param>
/// <param name="Item">The element type of a collection.</param>
/// <param name="Depth">The nesting depth of a nested collection (2 for a list of lists).</param>
public sealed record ClientType(
    ClientTypeKind Kind,
    string TypeName,
    bool IsValueType,
    string? KiotaName = null,
    string? EnumTypeName = null,
    ClientType? Item = null,
    int Depth = 0)
{
    /// <summary>The property type as declared: nullable, as Kiota declares every property.</summary>
    public string NullableName => TypeName + "?";
}
