namespace ImageryContracts.Generators.Emit.Client;

/// <summary>How a schema is read from and written to a Kiota parse node, which decides the C# type of a property.</summary>
public enum ClientTypeKind
{
    /// <summary>A scalar the parse-node API reads directly (<c>GetStringValue</c>, <c>GetLongValue</c>, …).</summary>
    Primitive,

    /// <summary>A closed string enum: a typed enum property; an unknown wire value is kept in AdditionalData.</summary>
    Enum,

    /// <summary>An <c>x-extensible-enum</c>: a string property with <c>[KnownValues]</c>, so no wire value is lost.</summary>
    ExtensibleEnum,

    /// <summary>A string on the wire read as <c>bool</c> or <c>decimal</c> (<c>x-imagery-clr-type</c>).</summary>
    WireString,

    /// <summary>A CRS code schema (<c>x-imagery-crs</c>): the part-1 CRS value type, written as its URN string.</summary>
    CrsCode,

    /// <summary>A model class.</summary>
    Object,

    /// <summary>A <c>oneOf</c> of one model or an array of it: Core's <c>OneOrMany&lt;T&gt;</c>, written back in the form read.</summary>
    OneOrMany,

    /// <summary>An array of scalars, enums or models (one level, as Kiota's collection methods read).</summary>
    Collection,

    /// <summary>An array of arrays of scalars (GeoJSON coordinates), read through Kiota's untyped nodes.</summary>
    NestedCollection,

    /// <summary>A JSON object whose members are all models of one type (<c>additionalProperties</c>), read through <see cref="ObjectMapsEmitter"/>.</summary>
    Map,

    /// <summary>A schema with no shape to bind (a free-form object): kept as Kiota's <c>UntypedNode</c>.</summary>
    Untyped,
}
