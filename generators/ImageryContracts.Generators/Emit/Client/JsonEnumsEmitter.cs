using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// For each closed enum a model reads, an internal <c>&lt;Enum&gt;Json</c> helper in a file of its own (an edit to one
/// enum re-emits only its files): a reader that matches the UTF-8 wire value under a <c>Utf8JsonReader</c> without
/// allocating a string, and a writer of the wire value.
/// </summary>
public static class JsonEnumsEmitter
{
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";

    /// <summary>The expression naming the reader of an enum (a <c>JsonScalarReader</c> method group).</summary>
    /// <param name="enumType">The enum's qualified type name.</param>
    /// <param name="modelsNamespace">The namespace the helper is in.</param>
    /// <returns>The method group.</returns>
    public static string ReaderOf(string enumType, string modelsNamespace) => $"global::{modelsNamespace}.{ShortName(enumType)}Json.TryRead";

    /// <summary>The expression naming the writer of an enum.</summary>
    /// <param name="enumType">The enum's qualified type name.</param>
    /// <param name="modelsNamespace">The namespace the helper is in.</param>
    /// <returns>The method group.</returns>
    public static string WriterOf(string enumType, string modelsNamespace) => $"global::{modelsNamespace}.{ShortName(enumType)}Json.Write";

    /// <summary>The helper files, one per closed enum the models read.</summary>
    /// <param name="spec">The spec.</param>
    /// <param name="models">The spec's models.</param>
    /// <returns>The files.</returns>
    public static IEnumerable<GeneratedFile> Emit(ApiSpec spec, IReadOnlyList<ClientModel> models)
    {
        var ns = ClientNames.ModelsNamespace(spec);
        var used = new HashSet<string>(models.SelectMany(m => m.Properties).Select(p => p.Type.Kind == ClientTypeKind.Collection ? p.Type.Item! : p.Type)
            .Where(t => t.Kind == ClientTypeKind.Enum).Select(t => t.TypeName), System.StringComparer.Ordinal);
        foreach (var schema in EnumTypes.Of(spec).Where(e => !e.IsExtensibleEnum && used.Contains($"global::{ns}.{e.Name}")))
        {
            var source = KiotaSourceFile.Write(ns, writer =>
            {
                writer.DocTag("summary", $"Reads and writes {schema.Name} as UTF-8 wire values, for the models' IJsonModel members.");
                writer.Line(SourceFile.GeneratedCodeAttribute);
                writer.Line($"internal static class {schema.Name}Json");
                using (writer.OpenBlock())
                {
                    WriteEnum(writer, schema);
                }
            });
            yield return new GeneratedFile($"{ns}.{schema.Name}Json.g.cs", source);
        }
    }

    private static void WriteEnum(IndentedWriter writer, ApiSchema schema)
    {
        var name = schema.Name!;
        writer.DocTag("summary", $"Reads a {name} wire value; false for any other token or value.");
        writer.Line($"public static bool TryRead(ref {Reader} reader, out {name} value)");
        using (writer.OpenBlock())
        {
            writer.Line("if (reader.TokenType == global::System.Text.Json.JsonTokenType.String)");
            using (writer.OpenBlock())
            {
                foreach (var value in schema.EnumValues)
                {
                    writer.Line($"if (reader.ValueTextEquals({CSharpLiteral.String(value.WireValue)}u8))");
                    using (writer.OpenBlock())
                    {
                        writer.Line($"value = {name}.{value.MemberName};");
                        writer.Line("return true;");
                    }
                }
            }

            writer.Line("value = default;");
            writer.Line("return false;");
        }

        writer.Line();
        writer.DocTag("summary", $"Writes a {name} as its wire value.");
        writer.Line($"public static void Write(global::System.Text.Json.Utf8JsonWriter writer, {name} value) => writer.WriteStringValue(value switch");
        using (writer.OpenBlock("});"))
        {
            foreach (var value in schema.EnumValues)
            {
                writer.Line($"{name}.{value.MemberName} => {CSharpLiteral.String(value.WireValue)}u8,");
            }

            var known = string.Join(", ", schema.EnumValues.Select(v => v.MemberName));
            writer.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, {CSharpLiteral.String($"Not a declared {name} member; use one of {known}.")}),");
        }
    }

    private static string ShortName(string enumType) => enumType.Substring(enumType.LastIndexOf('.') + 1);
}
