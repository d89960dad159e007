using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// JSON objects used as maps, an inline <c>type: object</c> with no <c>properties</c> and <c>additionalProperties</c>
/// naming a model (a STAC item's <c>assets</c>, a search's <c>query</c>), become <c>Dictionary&lt;string, TModel&gt;</c>
/// properties. Kiota's parse-node API has no call that lists an object's members, so the emitted internal
/// <c>ObjectMaps</c> helper reads the object through a model whose field-deserializer table accepts every member name,
/// and writes it through a model that writes each entry. A component schema shaped like a map stays a model of its
/// own (its entries in <c>AdditionalData</c>), and a map of values that are not models stays untyped, as before.
/// </summary>
public static class ObjectMapsEmitter
{
    /// <summary>The helper's class name.</summary>
    public const string ClassName = "ObjectMaps";

    private const string Serialization = "global::Microsoft.Kiota.Abstractions.Serialization.";

    /// <summary>The schema of a map's values, when <paramref name="schema"/> is written as a map.</summary>
    /// <param name="schema">A schema that is not a reference.</param>
    /// <returns>The <c>additionalProperties</c> schema, or null.</returns>
    public static ApiSchema? ValuesOf(ApiSchema schema) =>
        schema is { Ref: null, Name: null, Type: "object", AdditionalProperties: { } values } && schema.Properties.IsEmpty && schema.AllOf.IsEmpty ? values : null;

    /// <summary>The C# type of a map whose values are <paramref name="value"/>.</summary>
    /// <param name="value">The values' type, a model.</param>
    /// <returns>The map type.</returns>
    public static ClientType MapOf(ClientType value) =>
        new(ClientTypeKind.Map, $"global::System.Collections.Generic.Dictionary<string, {value.TypeName}>", IsValueType: false, Item: value);

    /// <summary>The statement of a deserializer lambda that reads the map.</summary>
    /// <param name="type">The map type.</param>
    /// <param name="property">The C# property.</param>
    /// <param name="modelsNamespace">The namespace the helper is in.</param>
    /// <returns>The statement.</returns>
    public static string Read(ClientType type, string property, string modelsNamespace) =>
        $"{property} = global::{modelsNamespace}.{ClassName}.Read<{type.Item!.TypeName}>(n, {type.Item.TypeName}.CreateFromDiscriminatorValue);";

    /// <summary>The statement of <c>Serialize</c> that writes the map.</summary>
    /// <param name="property">The C# property.</param>
    /// <param name="key">The wire name as a C# literal.</param>
    /// <param name="modelsNamespace">The namespace the helper is in.</param>
    /// <returns>The statement.</returns>
    public static string Write(string property, string key, string modelsNamespace) =>
        $"writer.WriteObjectValue<{Serialization}IParsable>({key}, {property} is null ? null : global::{modelsNamespace}.{ClassName}.Writer({property}));";

    /// <summary>The helper file, when a model has a map property.</summary>
    /// <param name="spec">The spec.</param>
    /// <param name="models">The spec's models.</param>
    /// <returns>Zero or one file.</returns>
    public static IEnumerable<GeneratedFile> Emit(ApiSpec spec, IEnumerable<ClientModel> models)
    {
        if (!models.SelectMany(m => m.Properties).Any(p => p.Type.Kind == ClientTypeKind.Map))
        {
            yield break;
        }

        var ns = ClientNames.ModelsNamespace(spec);
        var source = KiotaSourceFile.Write(ns, writer =>
        {
            writer.DocTag("summary", "Reads and writes JSON objects whose members are all models of one type (maps), which Kiota's parse-node API cannot list.");
            writer.Line(SourceFile.GeneratedCodeAttribute);
            writer.Line($"internal static class {ClassName}");
            using (writer.OpenBlock())
            {
                WriteEntryPoints(writer);
                WriteReader(writer);
                WriteEveryName(writer);
                WriteWriter(writer);
            }
        });
        yield return new GeneratedFile($"{ns}.{ClassName}.g.cs", source);
    }

    private static void WriteEntryPoints(IndentedWriter writer)
    {
        writer.DocTag("summary", "Reads a JSON object into a map, each member through factory; a member whose value is null is left out, as Kiota leaves out null members.");
        writer.Line("public static Dictionary<string, T>? Read<T>(IParseNode node, ParsableFactory<T> factory) where T : IParsable =>");
        writer.Line("    node.GetObjectValue(_ => new Reader<T>(factory))?.Entries;");
        writer.Line();
        writer.DocTag("summary", "A model that writes the map's entries as the members of a JSON object.");
        writer.Line("public static IParsable Writer<T>(IDictionary<string, T> map) where T : IParsable => new MapWriter<T>(map);");
        writer.Line();
    }

    private static void WriteReader(IndentedWriter writer)
    {
        writer.Line("private sealed class Reader<T> : IParsable where T : IParsable");
        using (writer.OpenBlock())
        {
            writer.Line("private readonly ParsableFactory<T> _factory;");
            writer.Line();
            writer.Line("public Reader(ParsableFactory<T> factory) => _factory = factory;");
            writer.Line();
            writer.Line("public Dictionary<string, T> Entries { get; } = new();");
            writer.Line();
            writer.Line("public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() => new EveryName(name => node => { if (node.GetObjectValue(_factory) is { } value) Entries[name] = value; });");
            writer.Line();
            writer.Line("public void Serialize(ISerializationWriter writer) => throw new NotSupportedException(\"A map is written through ObjectMaps.Writer.\");");
        }

        writer.Line();
    }

    private static void WriteEveryName(IndentedWriter writer)
    {
        writer.DocTag("summary", "A field-deserializer table that has an entry for every member name; it lists none.");
        writer.Line("private sealed class EveryName : IDictionary<string, Action<IParseNode>>");
        using (writer.OpenBlock())
        {
            writer.Line("private readonly Func<string, Action<IParseNode>> _reader;");
            writer.Line();
            writer.Line("public EveryName(Func<string, Action<IParseNode>> reader) => _reader = reader;");
            writer.Line();
            writer.Line("public Action<IParseNode> this[string key] { get => _reader(key); set => throw new NotSupportedException(); }");
            writer.Line("public ICollection<string> Keys => Array.Empty<string>();");
            writer.Line("public ICollection<Action<IParseNode>> Values => Array.Empty<Action<IParseNode>>();");
            writer.Line("public int Count => 0;");
            writer.Line("public bool IsReadOnly => true;");
            writer.Line("public bool ContainsKey(string key) => true;");
            writer.Line("public bool TryGetValue(string key, out Action<IParseNode> value) { value = _reader(key); return true; }");
            writer.Line("public bool Contains(KeyValuePair<string, Action<IParseNode>> item) => false;");
            writer.Line("public void CopyTo(KeyValuePair<string, Action<IParseNode>>[] array, int arrayIndex) { }");
            writer.Line("public IEnumerator<KeyValuePair<string, Action<IParseNode>>> GetEnumerator() { yield break; }");
            writer.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();");
            writer.Line("public void Add(string key, Action<IParseNode> value) => throw new NotSupportedException();");
            writer.Line("public void Add(KeyValuePair<string, Action<IParseNode>> item) => throw new NotSupportedException();");
            writer.Line("public bool Remove(string key) => throw new NotSupportedException();");
            writer.Line("public bool Remove(KeyValuePair<string, Action<IParseNode>> item) => throw new NotSupportedException();");
            writer.Line("public void Clear() => throw new NotSupportedException();");
        }

        writer.Line();
    }

    private static void WriteWriter(IndentedWriter writer)
    {
        writer.Line("private sealed class MapWriter<T> : IParsable where T : IParsable");
        using (writer.OpenBlock())
        {
            writer.Line("private readonly IDictionary<string, T> _map;");
            writer.Line();
            writer.Line("public MapWriter(IDictionary<string, T> map) => _map = map;");
            writer.Line();
            writer.Line("public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() => new Dictionary<string, Action<IParseNode>>();");
            writer.Line();
            writer.Line("public void Serialize(ISerializationWriter writer)");
            using (writer.OpenBlock())
            {
                writer.Line("foreach (var entry in _map)");
                using (writer.OpenBlock())
                {
                    writer.Line("writer.WriteObjectValue(entry.Key, entry.Value);");
                }
            }
        }
    }
}
