using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// Arrays of arrays (GeoJSON coordinates: <c>List&lt;List&lt;List&lt;double&gt;&gt;&gt;</c>). Kiota's parse-node API reads one
/// level of collection only, so the helper reads level by level from the parse nodes themselves: each element's node
/// is handed to the next level's reader, and the innermost arrays are read with the node's own primitive reader, so
/// every number is the exact value of its text. (Kiota's untyped nodes, the other way in, read numbers as int, long,
/// decimal, float, then double: 1e-30 becomes decimal 0 and 1e300 float infinity.) Writing goes through untyped nodes,
/// which write each double as it is. Emits the internal <c>NestedCollections</c> helper with a reader and a writer for
/// each scalar the spec nests.
/// </summary>
public static class NestedCollectionsEmitter
{
    /// <summary>The helper's class name.</summary>
    public const string ClassName = "NestedCollections";

    private const string Untyped = "global::Microsoft.Kiota.Abstractions.Serialization.";

    /// <summary>The expression that reads the parse node <paramref name="parseNode"/> into the nested list type.</summary>
    /// <param name="type">A nested collection type.</param>
    /// <param name="modelsNamespace">The namespace the helper is in.</param>
    /// <param name="parseNode">An expression of type <c>IParseNode</c>: the member's node.</param>
    /// <returns>The expression.</returns>
    public static string ReadExpression(ClientType type, string modelsNamespace, string parseNode)
    {
        var helper = $"global::{modelsNamespace}.{ClassName}";
        var reader = $"{helper}.Read{Leaf(type.Item!)}List";
        for (var level = 2; level < type.Depth; level++)
        {
            var variable = "level" + level;
            reader = $"{variable} => {helper}.ReadItems({variable}, {reader})";
        }

        return $"{helper}.ReadList({parseNode}, {reader})";
    }

    /// <summary>The expression that turns the non-null list <paramref name="value"/> into an <c>UntypedArray</c>.</summary>
    /// <param name="type">A nested collection type.</param>
    /// <param name="modelsNamespace">The namespace the helper is in.</param>
    /// <param name="value">The list expression.</param>
    /// <returns>The expression.</returns>
    public static string WriteExpression(ClientType type, string modelsNamespace, string value)
    {
        var helper = $"global::{modelsNamespace}.{ClassName}";
        var writer = $"{helper}.From{Leaf(type.Item!)}";
        for (var level = 1; level < type.Depth; level++)
        {
            var variable = "level" + (type.Depth - level);
            writer = $"{variable} => {helper}.WriteItems({variable}, {writer})";
        }

        return $"{helper}.WriteItems({value}, {writer})";
    }

    /// <summary>The helper file, when the spec has nested arrays.</summary>
    /// <param name="spec">The spec.</param>
    /// <param name="nested">The nested collection types the models use.</param>
    /// <returns>Zero or one file.</returns>
    public static IEnumerable<GeneratedFile> Emit(ApiSpec spec, IReadOnlyCollection<ClientType> nested)
    {
        if (nested.Count == 0)
        {
            yield break;
        }

        var ns = ClientNames.ModelsNamespace(spec);
        var leaves = nested.Select(t => t.Item!).GroupBy(Leaf).Select(g => g.First()).OrderBy(Leaf, System.StringComparer.Ordinal).ToList();
        var source = KiotaSourceFile.Write(ns, writer =>
        {
            writer.DocTag("summary", "Reads arrays of arrays level by level from the parse nodes, which Kiota's collection methods (one level deep) cannot, and writes them through Kiota's untyped nodes.");
            writer.Line(SourceFile.GeneratedCodeAttribute);
            writer.Line($"internal static class {ClassName}");
            using (writer.OpenBlock())
            {
                writer.DocTag("summary", "Reads a JSON array whose items itemReader reads from their own parse nodes; null when the value is not an array.");
                writer.Line("public static List<T>? ReadList<T>(IParseNode node, Func<IParseNode, T> itemReader)");
                using (writer.OpenBlock())
                {
                    writer.Line("var items = Collect(node, itemReader);");
                    writer.Line("return items.Count > 0 || IsArray(node) ? items : null;");
                }

                writer.Line();
                writer.DocTag("summary", "Reads the items of a JSON array inside a nested array, failing with the offending node when it is not one.");
                writer.Line("public static List<T> ReadItems<T>(IParseNode node, Func<IParseNode, T> itemReader)");
                using (writer.OpenBlock())
                {
                    writer.Line("var items = Collect(node, itemReader);");
                    writer.Line("return items.Count > 0 || IsArray(node) ? items : throw NotAnArray(node);");
                }

                writer.Line();
                writer.DocTag("summary", "Writes the items of a list as a JSON array.");
                writer.Line($"public static {Untyped}UntypedArray WriteItems<T>(IEnumerable<T> items, Func<T, {Untyped}UntypedNode> itemWriter)");
                using (writer.OpenBlock())
                {
                    writer.Line($"var nodes = new List<{Untyped}UntypedNode>();");
                    writer.Line("foreach (var item in items)");
                    using (writer.OpenBlock())
                    {
                        writer.Line("nodes.Add(itemWriter(item));");
                    }

                    writer.Line($"return new {Untyped}UntypedArray(nodes);");
                }

                foreach (var leaf in leaves)
                {
                    writer.Line();
                    WriteLeaf(writer, leaf);
                }

                writer.Line();
                writer.Line("private static List<T> Collect<T>(IParseNode node, Func<IParseNode, T> itemReader)");
                using (writer.OpenBlock())
                {
                    writer.Line("var items = new List<T>();");
                    writer.Line("// Kiota gives the factory each element's own parse node: the element is read there, and the holder it returns has no fields left to assign.");
                    writer.Line("foreach (var element in node.GetCollectionOfObjectValues(elementNode => new Element<T>(itemReader(elementNode))) ?? Array.Empty<Element<T>>())");
                    using (writer.OpenBlock())
                    {
                        writer.Line("items.Add(element.Value);");
                    }

                    writer.Line("return items;");
                }

                writer.Line();
                writer.DocTag("summary", "Whether an empty result came from an empty array rather than from a value that is no array (the collection readers return nothing for both).");
                writer.Line($"private static bool IsArray(IParseNode node) => node.GetObjectValue<{Untyped}UntypedNode>({Untyped}UntypedNode.CreateFromDiscriminatorValue) is {Untyped}UntypedArray;");
                writer.Line();
                writer.Line("private static FormatException NotAnArray(IParseNode node) =>");
                writer.Line($"    new(\"Expected a JSON array inside a nested array, got \" + (node.GetObjectValue<{Untyped}UntypedNode>({Untyped}UntypedNode.CreateFromDiscriminatorValue)?.GetType().Name ?? \"null\") + \"; the payload does not match the spec.\");");
                writer.Line();
                writer.DocTag("summary", "One element of a nested array, already read by the factory; an IParsable only because Kiota's collection reader takes one.");
                writer.Line("private sealed class Element<T> : IParsable");
                using (writer.OpenBlock())
                {
                    writer.Line("private static readonly IDictionary<string, Action<IParseNode>> NoFields = new Dictionary<string, Action<IParseNode>>();");
                    writer.Line();
                    writer.Line("public Element(T value) => Value = value;");
                    writer.Line();
                    writer.Line("public T Value { get; }");
                    writer.Line();
                    writer.Line("public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() => NoFields;");
                    writer.Line();
                    writer.Line("public void Serialize(ISerializationWriter writer) => throw new NotSupportedException(\"A nested array element is written through the untyped nodes.\");");
                }
            }
        });
        yield return new GeneratedFile(ns + "." + ClassName + ".g.cs", source);
    }

    private static void WriteLeaf(IndentedWriter writer, ClientType leaf)
    {
        var name = Leaf(leaf);
        var type = leaf.TypeName;
        var element = leaf.IsValueType ? type + "?" : type;
        writer.DocTag("summary", $"Reads the innermost array of {type} values with the parse node's own {type} reader.");
        writer.Line($"public static List<{type}> Read{name}List(IParseNode node)");
        using (writer.OpenBlock())
        {
            writer.Line($"var values = new List<{type}>();");
            writer.Line($"foreach (var value in node.GetCollectionOfPrimitiveValues<{element}>() ?? Array.Empty<{element}>())");
            using (writer.OpenBlock())
            {
                writer.Line($"values.Add(value ?? throw new FormatException(\"Expected a {type} inside a nested array, got another JSON value; the payload does not match the spec.\"));");
            }

            writer.Line("return values.Count > 0 || IsArray(node) ? values : throw NotAnArray(node);");
        }

        writer.Line();
        writer.DocTag("summary", $"Writes one {type} of a nested array.");
        writer.Line($"public static {Untyped}UntypedNode From{name}({type} value) => new {Untyped}{WriteNode(leaf)}(value);");
    }

    private static string WriteNode(ClientType leaf) => leaf.TypeName switch
    {
        "double" => "UntypedDouble",
        "float" => "UntypedFloat",
        "decimal" => "UntypedDecimal",
        "long" => "UntypedLong",
        "int" => "UntypedInteger",
        "bool" => "UntypedBoolean",
        _ => "UntypedString",
    };

    /// <summary>Whether a scalar can be the leaf of a nested array (what the untyped nodes hold).</summary>
    /// <param name="leaf">The innermost item type.</param>
    /// <returns><see langword="true"/> for numbers, booleans and plain strings.</returns>
    public static bool SupportsLeaf(ClientType leaf) =>
        leaf.Kind == ClientTypeKind.Primitive && leaf.KiotaName is "Double" or "Float" or "Decimal" or "Long" or "Int" or "Bool" or "String";

    private static string Leaf(ClientType leaf) => leaf.KiotaName ?? "String";
}
