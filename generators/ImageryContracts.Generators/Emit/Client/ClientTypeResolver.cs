using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// Decides the C# type of a schema in the generated client, following <c>$ref</c>s to components: models for objects,
/// typed enums for closed string enums, strings with <c>[KnownValues]</c> for open ones, the CRS value type,
/// <c>bool</c>/<c>decimal</c>/<c>DateTimeOffset</c> for wire strings, <c>OneOrMany&lt;T&gt;</c> for one model or a list of
/// it, and Kiota's scalar types by <c>type</c> and <c>format</c>.
/// </summary>
public sealed class ClientTypeResolver
{
    private const string ListType = "global::System.Collections.Generic.List<";
    private const int MaxReferenceHops = 16;

    /// <summary>The <c>x-imagery-clr-type</c> of a date-time whose wire text may lack the UTC offset.</summary>
    public const string WireDateTime = "date-time";

    private readonly string _modelsNamespace;
    private readonly Dictionary<string, ApiSchema> _components;

    /// <summary>Creates the resolver of one spec.</summary>
    /// <param name="spec">The spec.</param>
    public ClientTypeResolver(ApiSpec spec)
    {
        _modelsNamespace = ClientNames.ModelsNamespace(spec);
        _components = spec.Schemas.Where(s => s.Name is not null).GroupBy(s => s.Name!).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>The component a schema names through <c>$ref</c>, or the schema itself.</summary>
    /// <param name="schema">A schema.</param>
    /// <returns>The schema the reference chain ends at.</returns>
    public ApiSchema Target(ApiSchema schema)
    {
        var current = schema;
        for (var hop = 0; hop < MaxReferenceHops && current.Ref is { } name && _components.TryGetValue(name, out var component); hop++)
        {
            current = component;
        }

        return current;
    }

    /// <summary>The component with the given C# name, or null.</summary>
    /// <param name="name">The component's C# name.</param>
    /// <returns>The component schema.</returns>
    public ApiSchema? Component(string name) => _components.TryGetValue(name, out var schema) ? schema : null;

    /// <summary>Whether a schema becomes a model class of its own.</summary>
    /// <param name="schema">A schema that is not a reference.</param>
    /// <returns><see langword="true"/> for an object schema with a name.</returns>
    public static bool IsModel(ApiSchema schema) =>
        schema.Name is not null && schema.Ref is null && !schema.IsStringEnum && schema.Crs is null && schema.ClrType is null
        && (schema.Type == "object" || !schema.Properties.IsEmpty || !schema.AllOf.IsEmpty);

    /// <summary>The C# type of a schema.</summary>
    /// <param name="schema">A property's, item's, parameter's or body's schema.</param>
    /// <returns>The type.</returns>
    public ClientType Resolve(ApiSchema schema)
    {
        var target = Target(schema);
        if (target.OneOrManyItem is { } one && Resolve(one) is { Kind: ClientTypeKind.Object } item)
        {
            return new ClientType(ClientTypeKind.OneOrMany, $"global::ImageryContracts.Serialization.OneOrMany<{item.TypeName}>", IsValueType: false, Item: item);
        }

        if (target.Crs is not null && target.Name is not null)
        {
            return new ClientType(ClientTypeKind.CrsCode, Qualified(target.Name), IsValueType: true);
        }

        if (target.ClrType is { } clrType)
        {
            return new ClientType(ClientTypeKind.WireString, clrType == WireDateTime ? "global::System.DateTimeOffset" : clrType, IsValueType: true, KiotaName: clrType);
        }

        if (target.IsStringEnum && target.Name is not null)
        {
            return target.IsExtensibleEnum
                ? new ClientType(ClientTypeKind.ExtensibleEnum, "string", IsValueType: false, KiotaName: "String", EnumTypeName: Qualified(target.Name))
                : new ClientType(ClientTypeKind.Enum, Qualified(target.Name), IsValueType: true, EnumTypeName: Qualified(target.Name));
        }

        if (IsModel(target))
        {
            return new ClientType(ClientTypeKind.Object, Qualified(target.Name!), IsValueType: false);
        }

        if (ObjectMapsEmitter.ValuesOf(target) is { } values && Resolve(values) is { Kind: ClientTypeKind.Object } value)
        {
            return ObjectMapsEmitter.MapOf(value);
        }

        return target.Type switch
        {
            "array" => ResolveArray(target),
            "string" => StringOf(target.Format),
            "integer" => target.Format == "int64"
                ? new ClientType(ClientTypeKind.Primitive, "long", IsValueType: true, KiotaName: "Long")
                : new ClientType(ClientTypeKind.Primitive, "int", IsValueType: true, KiotaName: "Int"),
            "number" => target.Format switch
            {
                "float" => new ClientType(ClientTypeKind.Primitive, "float", IsValueType: true, KiotaName: "Float"),
                "decimal" => new ClientType(ClientTypeKind.Primitive, "decimal", IsValueType: true, KiotaName: "Decimal"),
                _ => new ClientType(ClientTypeKind.Primitive, "double", IsValueType: true, KiotaName: "Double"),
            },
            "boolean" => new ClientType(ClientTypeKind.Primitive, "bool", IsValueType: true, KiotaName: "Bool"),
            _ => Untyped,
        };
    }

    /// <summary>Kiota's type for JSON it cannot bind: any value, kept as it came.</summary>
    public static ClientType Untyped { get; } =
        new(ClientTypeKind.Untyped, "global::Microsoft.Kiota.Abstractions.Serialization.UntypedNode", IsValueType: false);

    private ClientType ResolveArray(ApiSchema array)
    {
        if (array.Items is null)
        {
            return Untyped;
        }

        var item = Resolve(array.Items);
        switch (item.Kind)
        {
            case ClientTypeKind.Collection when NestedCollectionsEmitter.SupportsLeaf(item.Item!):
                return Nested(item.Item!, 2);
            case ClientTypeKind.NestedCollection:
                return Nested(item.Item!, item.Depth + 1);
            case ClientTypeKind.Collection or ClientTypeKind.WireString or ClientTypeKind.CrsCode:
                return Untyped;
            default:
                var element = item.Kind == ClientTypeKind.Enum || (item.IsValueType && item.Kind == ClientTypeKind.Primitive) ? item.NullableName : item.TypeName;
                return new ClientType(ClientTypeKind.Collection, ListType + element + ">", IsValueType: false, Item: item);
        }
    }

    private static ClientType Nested(ClientType leaf, int depth)
    {
        var name = leaf.TypeName;
        for (var level = 0; level < depth; level++)
        {
            name = ListType + name + ">";
        }

        return new ClientType(ClientTypeKind.NestedCollection, name, IsValueType: false, Item: leaf, Depth: depth);
    }

    private static ClientType StringOf(string? format) => format switch
    {
        "uuid" => new ClientType(ClientTypeKind.Primitive, "global::System.Guid", IsValueType: true, KiotaName: "Guid"),
        "date-time" => new ClientType(ClientTypeKind.Primitive, "global::System.DateTimeOffset", IsValueType: true, KiotaName: "DateTimeOffset"),
        "date" => new ClientType(ClientTypeKind.Primitive, "global::Microsoft.Kiota.Abstractions.Date", IsValueType: true, KiotaName: "Date"),
        "time" => new ClientType(ClientTypeKind.Primitive, "global::Microsoft.Kiota.Abstractions.Time", IsValueType: true, KiotaName: "Time"),
        "byte" or "binary" => new ClientType(ClientTypeKind.Primitive, "byte[]", IsValueType: false, KiotaName: "ByteArray"),
        _ => new ClientType(ClientTypeKind.Primitive, "string", IsValueType: false, KiotaName: "String"),
    };

    private string Qualified(string name) => "global::" + _modelsNamespace + "." + name;
}
