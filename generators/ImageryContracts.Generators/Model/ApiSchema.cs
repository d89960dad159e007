using ImageryContracts.Generators.Helpers;

namespace ImageryContracts.Generators.Model;

/// <summary>
/// A schema: a component, a property's schema, an array's items, a parameter's or a body's schema. A <c>$ref</c> is kept
/// as <see cref="Ref"/> (the target's C# name), never inlined, so each component becomes one C# type; the keywords the
/// spec writes beside a <c>$ref</c> (description, nullable, readOnly, rule extensions) are kept too.
/// </summary>
public sealed record ApiSchema
{
    /// <summary>The JSON pointer of the schema.</summary>
    public string Pointer { get; init; } = "";

    /// <summary>
    /// The C# type name: a component's name in PascalCase, or <c>&lt;Schema&gt;&lt;Property&gt;</c> for an enum or
    /// object declared inline in a component's property (also on an inline array's items). Null otherwise.
    /// </summary>
    public string? Name { get; init; }

    /// <summary>The key under <c>components/schemas</c> for a component; null otherwise.</summary>
    public string? ComponentKey { get; init; }

    /// <summary>The C# name of the component a <c>$ref</c> points to; null when the schema is not a reference.</summary>
    public string? Ref { get; init; }

    /// <summary><c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary><c>format</c>.</summary>
    public string? Format { get; init; }

    /// <summary><c>title</c>.</summary>
    public string? Title { get; init; }

    /// <summary><c>description</c>.</summary>
    public string? Description { get; init; }

    /// <summary><c>nullable</c>.</summary>
    public bool Nullable { get; init; }

    /// <summary><c>readOnly</c>.</summary>
    public bool ReadOnly { get; init; }

    /// <summary><c>writeOnly</c>.</summary>
    public bool WriteOnly { get; init; }

    /// <summary><c>deprecated</c>.</summary>
    public bool Deprecated { get; init; }

    /// <summary>
    /// The values of a string enum (<c>enum</c>) or of an open one (<c>x-extensible-enum</c>), with names, docs and
    /// rule metadata. Empty for other schemas.
    /// </summary>
    public EquatableArray<ApiEnumValue> EnumValues { get; init; }

    /// <summary>Whether <see cref="EnumValues"/> come from <c>x-extensible-enum</c> (the wire may send others).</summary>
    public bool IsExtensibleEnum { get; init; }

    /// <summary><c>x-imagery-role</c> (for example <c>sensor</c>).</summary>
    public string? Role { get; init; }

    /// <summary><c>properties</c>, in document order.</summary>
    public EquatableArray<ApiProperty> Properties { get; init; }

    /// <summary><c>required</c> (wire names).</summary>
    public EquatableArray<string> Required { get; init; }

    /// <summary><c>items</c> of an array.</summary>
    public ApiSchema? Items { get; init; }

    /// <summary><c>additionalProperties</c> as a boolean, when written so.</summary>
    public bool? AdditionalPropertiesAllowed { get; init; }

    /// <summary><c>additionalProperties</c> as a schema (a map's values), when written so.</summary>
    public ApiSchema? AdditionalProperties { get; init; }

    /// <summary><c>allOf</c>.</summary>
    public EquatableArray<ApiSchema> AllOf { get; init; }

    /// <summary>
    /// The item of a <c>oneOf</c> or <c>anyOf</c> that is one component or an array of that component (either order): the
    /// <c>$ref</c> schema. Null for every other schema (any other <c>oneOf</c> or <c>anyOf</c> is reported, IMG0008).
    /// </summary>
    public ApiSchema? OneOrManyItem { get; init; }

    /// <summary><c>example</c> as JSON text.</summary>
    public string? ExampleJson { get; init; }

    /// <summary><c>default</c> as JSON text.</summary>
    public string? DefaultJson { get; init; }

    /// <summary><c>pattern</c>.</summary>
    public string? Pattern { get; init; }

    /// <summary><c>minimum</c> as written (invariant text).</summary>
    public string? Minimum { get; init; }

    /// <summary><c>maximum</c> as written (invariant text).</summary>
    public string? Maximum { get; init; }

    /// <summary><c>minLength</c>.</summary>
    public int? MinLength { get; init; }

    /// <summary><c>maxLength</c>.</summary>
    public int? MaxLength { get; init; }

    /// <summary><c>minItems</c>.</summary>
    public int? MinItems { get; init; }

    /// <summary><c>maxItems</c>.</summary>
    public int? MaxItems { get; init; }

    /// <summary><c>x-imagery-clr-type</c>: <c>bool</c>, <c>decimal</c> or <c>date-time</c> for a string on the wire.</summary>
    public string? ClrType { get; init; }

    /// <summary><c>x-imagery-crs</c>: the accepted CRS codes.</summary>
    public ApiCrsCodeSet? Crs { get; init; }

    /// <summary><c>x-imagery-min-area-km2</c> as written (invariant text).</summary>
    public string? MinAreaKm2 { get; init; }

    /// <summary><c>x-imagery-requires-together</c>: groups of property wire names set together or not at all.</summary>
    public EquatableArray<EquatableArray<string>> RequiresTogether { get; init; }

    /// <summary><c>x-imagery-must-equal</c> as JSON text (<c>true</c>, <c>"IMAGE"</c>, …).</summary>
    public string? MustEqualJson { get; init; }

    /// <summary><c>x-imagery-assumed</c>.</summary>
    public string? Assumed { get; init; }

    /// <summary>Where the schema sits in the YAML.</summary>
    public NodeLocation Location { get; init; }

    /// <summary>Whether this is a string enum (closed or extensible) that becomes a C# enum.</summary>
    public bool IsStringEnum => !EnumValues.IsEmpty && ClrType is null;
}
