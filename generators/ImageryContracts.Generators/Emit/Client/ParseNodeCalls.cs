using ImageryContracts.Generators.Helpers;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// The Kiota parse-node and serialization-writer calls of one property: what <c>GetFieldDeserializers</c> runs for its
/// wire name and what <c>Serialize</c> writes. A scalar the C# type cannot hold (an enum value the spec does not list, a
/// wire string that is not a boolean or a decimal, a CRS code outside the set, a value of the wrong JSON type) is kept
/// as Kiota's untyped node in <c>AdditionalData</c> under the same wire name, so a round trip never loses it. Kiota
/// itself returns null for these (kiota#1978, kiota-dotnet#277).
/// </summary>
public static class ParseNodeCalls
{
    private const string UntypedNode = "global::Microsoft.Kiota.Abstractions.Serialization.UntypedNode";
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
    private const string WireDateTime = "global::ImageryContracts.Serialization.WireDateTime";

    /// <summary>
    /// Whether a property keeps the raw wire value when its type cannot hold it (and so has a setter that drops it):
    /// every scalar, every array of enum values, and one-or-many members (a value that is neither an object nor an array).
    /// </summary>
    /// <param name="type">The property type.</param>
    /// <returns><see langword="true"/> when reading may keep a raw wire value.</returns>
    public static bool KeepsRawValue(ClientType type) =>
        type.Kind is ClientTypeKind.Enum or ClientTypeKind.ExtensibleEnum or ClientTypeKind.WireString or ClientTypeKind.CrsCode or ClientTypeKind.OneOrMany
        || (type.Kind == ClientTypeKind.Primitive && type.TypeName != "byte[]")
        || (type.Kind == ClientTypeKind.Collection && type.Item!.Kind == ClientTypeKind.Enum);

    /// <summary>Whether a property keeps the wire text it was read from, to write it back unchanged (an offset-less date-time).</summary>
    /// <param name="type">The property type.</param>
    /// <returns><see langword="true"/> for <c>x-imagery-clr-type: date-time</c>.</returns>
    public static bool KeepsWireText(ClientType type) =>
        type.Kind == ClientTypeKind.WireString && type.KiotaName == ClientTypeResolver.WireDateTime;

    /// <summary>The private field that holds a property's wire text (<see cref="KeepsWireText"/>).</summary>
    /// <param name="property">The C# property name.</param>
    /// <returns>The field name.</returns>
    public static string WireTextField(string property) => Identifiers.ToFieldName(property) + "Wire";

    /// <summary>The body of the deserializer lambda <c>n => { … }</c>.</summary>
    /// <param name="type">The property type.</param>
    /// <param name="property">The C# property name.</param>
    /// <param name="wireName">The JSON name.</param>
    /// <param name="modelsNamespace">The namespace of the generated models (for the nested-collection helper).</param>
    /// <returns>The statements.</returns>
    public static string Read(ClientType type, string property, string wireName, string modelsNamespace)
    {
        var key = CSharpLiteral.String(wireName);
        var keepRaw = $" if ({property} is null && n.GetObjectValue<{UntypedNode}>({UntypedNode}.CreateFromDiscriminatorValue) is {{ }} raw) AdditionalData[{key}] = raw;";
        switch (type.Kind)
        {
            case ClientTypeKind.Primitive when type.TypeName == "byte[]":
                return $"{property} = n.GetByteArrayValue();";
            case ClientTypeKind.Primitive:
            case ClientTypeKind.ExtensibleEnum:
                return $"{property} = n.Get{type.KiotaName ?? "String"}Value();" + keepRaw;
            case ClientTypeKind.Enum:
                return $"{property} = n.GetEnumValue<{type.TypeName}>();" + keepRaw;
            case ClientTypeKind.WireString when type.KiotaName == "bool":
                return $"var text = n.GetStringValue(); {property} = text == \"true\" ? true : text == \"false\" ? false : null;" + keepRaw;
            case ClientTypeKind.WireString when KeepsWireText(type):
                return $"var text = n.GetStringValue(); {property} = {WireDateTime}.TryParse(text, out var value) ? value : null; {WireTextField(property)} = {property} is null ? null : text;" + keepRaw;
            case ClientTypeKind.WireString:
                return $"{property} = decimal.TryParse(n.GetStringValue(), global::System.Globalization.NumberStyles.AllowLeadingSign | global::System.Globalization.NumberStyles.AllowDecimalPoint, {Invariant}, out var value) ? value : null;" + keepRaw;
            case ClientTypeKind.CrsCode:
                return $"{property} = {type.TypeName}.TryParse(n.GetStringValue(), out var value) ? value : null;" + keepRaw;
            case ClientTypeKind.Object:
                return $"{property} = n.GetObjectValue<{type.TypeName}>({type.TypeName}.CreateFromDiscriminatorValue);";
            case ClientTypeKind.OneOrMany:
                return $"{property} = {type.TypeName}.Read(n, {type.Item!.TypeName}.CreateFromDiscriminatorValue);" + keepRaw;
            case ClientTypeKind.Collection:
                return ReadCollection(type, property, key);
            case ClientTypeKind.Map:
                return ObjectMapsEmitter.Read(type, property, modelsNamespace);
            case ClientTypeKind.NestedCollection:
                return $"{property} = {NestedCollectionsEmitter.ReadExpression(type, modelsNamespace, "n")};";
            default:
                return $"{property} = n.GetObjectValue<{UntypedNode}>({UntypedNode}.CreateFromDiscriminatorValue);";
        }
    }

    /// <summary>The statement of <c>Serialize</c> that writes the property.</summary>
    /// <param name="type">The property type.</param>
    /// <param name="property">The C# property name.</param>
    /// <param name="wireName">The JSON name.</param>
    /// <param name="modelsNamespace">The namespace of the generated models (for the nested-collection helper).</param>
    /// <returns>The statement.</returns>
    public static string Write(ClientType type, string property, string wireName, string modelsNamespace)
    {
        var key = CSharpLiteral.String(wireName);
        switch (type.Kind)
        {
            case ClientTypeKind.Primitive:
            case ClientTypeKind.ExtensibleEnum:
                return $"writer.Write{type.KiotaName ?? "String"}Value({key}, {property});";
            case ClientTypeKind.Enum:
                return $"writer.WriteEnumValue<{type.TypeName}>({key}, {property});";
            case ClientTypeKind.WireString when type.KiotaName == "bool":
                return $"writer.WriteStringValue({key}, {property} is bool value ? (value ? \"true\" : \"false\") : null);";
            case ClientTypeKind.WireString when KeepsWireText(type):
                return $"writer.WriteStringValue({key}, {WireTextField(property)} ?? {WireDateTime}.Format({property}));";
            case ClientTypeKind.WireString:
                return $"writer.WriteStringValue({key}, {property}?.ToString({Invariant}));";
            case ClientTypeKind.CrsCode:
                return $"writer.WriteStringValue({key}, {property}?.ToString());";
            case ClientTypeKind.Object:
                return $"writer.WriteObjectValue<{type.TypeName}>({key}, {property});";
            case ClientTypeKind.OneOrMany:
                return $"{type.TypeName}.Write(writer, {key}, {property});";
            case ClientTypeKind.Collection:
                return WriteCollection(type, property, key);
            case ClientTypeKind.Map:
                return ObjectMapsEmitter.Write(property, key, modelsNamespace);
            case ClientTypeKind.NestedCollection:
                return $"writer.WriteObjectValue<{UntypedNode}>({key}, {property} is null ? null : {NestedCollectionsEmitter.WriteExpression(type, modelsNamespace, property)});";
            default:
                return $"writer.WriteObjectValue<{UntypedNode}>({key}, {property});";
        }
    }

    private static string ReadCollection(ClientType type, string property, string key)
    {
        var item = type.Item!;
        switch (item.Kind)
        {
            case ClientTypeKind.Enum:
                // Kiota turns an unknown value into a null element; the whole array is kept raw instead.
                return $"{property} = n.GetCollectionOfEnumValues<{item.TypeName}>()?.AsList(); "
                    + $"if ({property}?.Contains(null) == true) {{ {property} = null; if (n.GetObjectValue<{UntypedNode}>({UntypedNode}.CreateFromDiscriminatorValue) is {{ }} raw) AdditionalData[{key}] = raw; }}";
            case ClientTypeKind.Object:
            case ClientTypeKind.Untyped:
                return $"{property} = n.GetCollectionOfObjectValues<{item.TypeName}>({item.TypeName}.CreateFromDiscriminatorValue)?.AsList();";
            default:
                return $"{property} = n.GetCollectionOfPrimitiveValues<{ElementOf(item)}>()?.AsList();";
        }
    }

    private static string WriteCollection(ClientType type, string property, string key)
    {
        var item = type.Item!;
        return item.Kind switch
        {
            ClientTypeKind.Enum => $"writer.WriteCollectionOfEnumValues<{item.TypeName}>({key}, {property});",
            ClientTypeKind.Object or ClientTypeKind.Untyped => $"writer.WriteCollectionOfObjectValues<{item.TypeName}>({key}, {property});",
            _ => $"writer.WriteCollectionOfPrimitiveValues<{ElementOf(item)}>({key}, {property});",
        };
    }

    private static string ElementOf(ClientType item) => item.IsValueType ? item.NullableName : item.TypeName;
}
