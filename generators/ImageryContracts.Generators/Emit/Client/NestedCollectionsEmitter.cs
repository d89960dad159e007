using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// Arrays of arrays (GeoJSON coordinates: <c>List&lt;List&lt;List&lt;double&gt;&gt;&gt;</c>). Kiota's parse-node API reads one
/// level of collection only, so these go through its untyped nodes: the value is read as an <c>UntypedArray</c> and
/// converted level by level, and written back as one. Emits the internal <c>NestedCollections</c> helper with a reader
/// and a writer for each scalar the spec nests.
/// </summary>
public static class NestedCollectionsEmitter
{
    /// <summary>The helper's class name.</summary>
    public const string ClassName = "NestedCollections";

    private const string Untyped = "global::Microsoft.Kiota.Abstractions.Serialization.";

    /// <summary>The expression that reads <paramref name="untypedNode"/> into the nested list type.</summary>
    /// <param name="type">A nested collection type.</param>
    /// <param name="modelsNamespace">The namespace the helper is in.</param>
    /// <param name="untypedNode">An expression of type <c>UntypedNode?</c>.</param>
    /// <returns>The expression.</returns>
    public static string ReadExpression(ClientType type, string modelsNamespace, string untypedNode)
    {
        var helper = $"global::{modelsNamespace}.{ClassName}";
        var reader = $"{helper}.Read{Leaf(type.Item!)}";
        for (var level = 1; level < type.Depth; level++)
        {
            var variable = "level" + (type.Depth - level);
            reader = $"{variable} => {helper}.ReadItems({variable}, {reader})";
        }

        return $"{helper}.ReadList({untypedNode}, {reader})";
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
            writer.DocTag("summary", "Reads and writes arrays of arrays through Kiota's untyped nodes, which its collection methods (one level deep) cannot.");
            writer.Line(SourceFile.GeneratedCodeAttribute);
            writer.Line($"internal static class {ClassName}");
            using (writer.OpenBlock())
            {
                writer.DocTag("summary", "Reads a JSON array whose items are read by itemReader; null when the value is absent or null.");
                writer.Line($"public static List<T>? ReadList<T>({Untyped}UntypedNode? node, Func<{Untyped}UntypedNode, T> itemReader) =>");
                writer.Line($"    node is {Untyped}UntypedArray array ? ReadItems(array, itemReader) : null;");
                writer.Line();
                writer.DocTag("summary", "Reads the items of a JSON array, failing with the offending node when it is not one.");
                writer.Line($"public static List<T> ReadItems<T>({Untyped}UntypedNode node, Func<{Untyped}UntypedNode, T> itemReader)");
                using (writer.OpenBlock())
                {
                    writer.Line($"if (node is not {Untyped}UntypedArray array)");
                    using (writer.OpenBlock())
                    {
                        writer.Line("throw new FormatException($\"Expected a JSON array inside a nested array, got {node.GetType().Name}; the payload does not match the spec.\");");
                    }

                    writer.Line("var items = new List<T>();");
                    writer.Line("foreach (var item in array.GetValue())");
                    using (writer.OpenBlock())
                    {
                        writer.Line("items.Add(itemReader(item));");
                    }

                    writer.Line("return items;");
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
            }
        });
        yield return new GeneratedFile(ns + "." + ClassName + ".g.cs", source);
    }

    private static void WriteLeaf(IndentedWriter writer, ClientType leaf)
    {
        var name = Leaf(leaf);
        var type = leaf.TypeName;
        writer.DocTag("summary", $"Reads one {type} of a nested array.");
        writer.Line($"public static {type} Read{name}({Untyped}UntypedNode node) => node switch");
        using (writer.OpenBlock("};"))
        {
            foreach (var arm in ReadArms(leaf))
            {
                writer.Line(arm + ",");
            }

            writer.Line($"_ => throw new FormatException($\"Expected a {type} inside a nested array, got {{node.GetType().Name}}; the payload does not match the spec.\"),");
        }

        writer.Line();
        writer.DocTag("summary", $"Writes one {type} of a nested array.");
        writer.Line($"public static {Untyped}UntypedNode From{name}({type} value) => new {Untyped}{WriteNode(leaf)}(value);");
    }

    private static IEnumerable<string> ReadArms(ClientType leaf)
    {
        switch (leaf.TypeName)
        {
            case "double":
            case "float":
            case "decimal":
                var cast = leaf.TypeName;
                // A JSON number with a fraction arrives as UntypedDecimal; parsing its text keeps the double exact.
                var fromDecimal = cast == "decimal"
                    ? "d.GetValue()"
                    : $"{cast}.Parse(d.GetValue().ToString(global::System.Globalization.CultureInfo.InvariantCulture), global::System.Globalization.CultureInfo.InvariantCulture)";
                yield return $"{Untyped}UntypedDecimal d => {fromDecimal}";
                yield return $"{Untyped}UntypedDouble x => ({cast})x.GetValue()";
                yield return $"{Untyped}UntypedFloat f => ({cast})f.GetValue()";
                yield return $"{Untyped}UntypedLong l => l.GetValue()";
                yield return $"{Untyped}UntypedInteger i => i.GetValue()";
                break;
            case "long":
                yield return $"{Untyped}UntypedLong l => l.GetValue()";
                yield return $"{Untyped}UntypedInteger i => i.GetValue()";
                break;
            case "int":
                yield return $"{Untyped}UntypedInteger i => i.GetValue()";
                break;
            case "bool":
                yield return $"{Untyped}UntypedBoolean b => b.GetValue()";
                break;
            default:
                yield return $"{Untyped}UntypedString s => s.GetValue() ?? string.Empty";
                break;
        }
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
