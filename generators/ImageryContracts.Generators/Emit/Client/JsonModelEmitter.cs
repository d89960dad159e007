using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// Emits the second part of each model class: the kit's <c>IJsonModel</c>, which reads the model straight from a
/// <c>Utf8JsonReader</c> and writes it straight to a <c>Utf8JsonWriter</c>, used by the kit's JSON parse node and
/// serialization writer in place of Kiota's field deserializers (which stay, for Kiota interop). Unknown fields and
/// values the type cannot hold are kept in <c>AdditionalData</c> and written back once; every value of
/// <c>AdditionalData</c> is written unless the property of that name holds a value. A derived model (<c>allOf</c>)
/// overrides the protected members and defers to its base for the base's fields.
/// </summary>
public static class JsonModelEmitter
{
    private const string Serialization = "global::ImageryContracts.Serialization.";
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter";

    /// <summary>The file of one model's JSON part.</summary>
    /// <param name="spec">The spec.</param>
    /// <param name="model">The model.</param>
    /// <returns>The generated file.</returns>
    public static GeneratedFile Emit(ApiSpec spec, ClientModel model)
    {
        var ns = ClientNames.ModelsNamespace(spec);
        var source = KiotaSourceFile.Write(ns, writer => WriteClass(writer, ns, model));
        return new GeneratedFile($"{ns}.{model.Name}.Json.g.cs", source);
    }

    private static void WriteClass(IndentedWriter writer, string ns, ClientModel model)
    {
        var derived = model.BaseModel is not null;
        writer.Line(derived ? $"public partial class {model.Name}" : $"public partial class {model.Name} : {Serialization}IJsonModel");
        using (writer.OpenBlock())
        {
            foreach (var property in model.Properties)
            {
                writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {NameField(property)} = global::System.Text.Json.JsonEncodedText.Encode({CSharpLiteral.String(property.WireName)});");
            }

            if (!derived)
            {
                WriteReadJson(writer);
                WriteWriteJson(writer);
            }

            WriteReadProperty(writer, ns, model, derived);
            WriteProperties(writer, ns, model, derived);
            WriteHasValue(writer, model, derived);
            WriteFindMissingRequired(writer, model, derived);
        }
    }

    private static void WriteReadJson(IndentedWriter writer)
    {
        writer.Line("/// <inheritdoc />");
        writer.Line($"void {Serialization}IJsonModel.ReadJson(ref {Reader} reader, {Serialization}JsonReadContext context)");
        using (writer.OpenBlock())
        {
            writer.Line("context.BeforeAssign(this);");
            writer.Line("while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)");
            using (writer.OpenBlock())
            {
                writer.Line("if (!ReadJsonProperty(ref reader, context))");
                using (writer.OpenBlock())
                {
                    writer.Line("context.KeepUnknownField(ref reader, AdditionalData, GetType().Name);");
                }
            }

            writer.Line("context.AfterAssign(this);");
        }
    }

    private static void WriteWriteJson(IndentedWriter writer)
    {
        writer.Line("/// <inheritdoc />");
        writer.Line($"void {Serialization}IJsonModel.WriteJson({Writer} writer)");
        using (writer.OpenBlock())
        {
            writer.Line("writer.WriteStartObject();");
            writer.Line("WriteJsonProperties(writer);");
            writer.Line($"if ({ModelEmitter.AdditionalDataField} is {{ Count: > 0 }} additionalData)");
            using (writer.OpenBlock())
            {
                writer.Line("foreach (var entry in additionalData)");
                using (writer.OpenBlock())
                {
                    writer.Line("if (!HasJsonValue(entry.Key))");
                    using (writer.OpenBlock())
                    {
                        writer.Line("writer.WritePropertyName(entry.Key);");
                        writer.Line($"{Serialization}JsonFieldWriter.WriteValue(writer, entry.Value);");
                    }
                }
            }

            writer.Line("writer.WriteEndObject();");
        }
    }

    private static void WriteReadProperty(IndentedWriter writer, string ns, ClientModel model, bool derived)
    {
        writer.DocTag("summary", "Reads the field whose name the reader is on into its property, or keeps its value raw; false when the model has no field of that name.");
        writer.Line("/// <param name=\"reader\">The reader, on a property name; left on the value's last token when the field is read.</param>");
        writer.Line("/// <param name=\"context\">The read's callbacks and drift report.</param>");
        writer.Line("/// <returns>Whether the field is one of the model's.</returns>");
        writer.Line($"protected {(derived ? "override" : "virtual")} bool ReadJsonProperty(ref {Reader} reader, {Serialization}JsonReadContext context)");
        using (writer.OpenBlock())
        {
            foreach (var property in model.Properties.OrderBy(p => p.WireName, System.StringComparer.Ordinal))
            {
                writer.Line($"if (reader.ValueTextEquals({CSharpLiteral.String(property.WireName)}u8))");
                using (writer.OpenBlock())
                {
                    writer.Line("reader.Read();");
                    writer.Line(JsonReadCalls.Read(model.Name, property, ns));
                    writer.Line("return true;");
                }
            }

            writer.Line(derived ? "return base.ReadJsonProperty(ref reader, context);" : "return false;");
        }
    }

    private static void WriteProperties(IndentedWriter writer, string ns, ClientModel model, bool derived)
    {
        writer.DocTag("summary", "Writes the properties that hold a value, each under its wire name.");
        writer.Line("/// <param name=\"writer\">The writer, inside the model's object.</param>");
        writer.Line($"protected {(derived ? "override" : "virtual")} void WriteJsonProperties({Writer} writer)");
        using (writer.OpenBlock())
        {
            if (derived)
            {
                writer.Line("base.WriteJsonProperties(writer);");
            }

            foreach (var property in model.Properties.OrderBy(p => p.WireName, System.StringComparer.Ordinal))
            {
                var write = ParseNodeCalls.KeepsWireText(property.Type)
                    ? $"writer.WriteStringValue({ParseNodeCalls.WireTextField(property.Name)} ?? global::ImageryContracts.Serialization.WireDateTime.Format({Local(property)}));"
                    : JsonWriteCalls.Write(property.Type, Local(property), ns);
                writer.Line($"if ({property.Name} is {{ }} {Local(property)}) {{ writer.WritePropertyName({NameField(property)}); {write} }}");
            }
        }
    }

    private static void WriteHasValue(IndentedWriter writer, ClientModel model, bool derived)
    {
        writer.DocTag("summary", "Whether the property of a wire name holds a value, which then wins over a raw value kept under that name.");
        writer.Line("/// <param name=\"wireName\">The JSON name.</param>");
        writer.Line("/// <returns><see langword=\"true\"/> when the model has the property and it is set.</returns>");
        writer.Line($"protected {(derived ? "override" : "virtual")} bool HasJsonValue(string wireName) => wireName switch");
        using (writer.OpenBlock("};"))
        {
            foreach (var property in model.Properties.OrderBy(p => p.WireName, System.StringComparer.Ordinal))
            {
                writer.Line($"{CSharpLiteral.String(property.WireName)} => {property.Name} is not null,");
            }

            writer.Line(derived ? "_ => base.HasJsonValue(wireName)," : "_ => false,");
        }
    }

    private static void WriteFindMissingRequired(IndentedWriter writer, ClientModel model, bool derived)
    {
        writer.Line("/// <inheritdoc />");
        writer.Line($"public {(derived ? "override" : "virtual")} string? FindMissingRequired()");
        using (writer.OpenBlock())
        {
            if (derived)
            {
                writer.Line("if (base.FindMissingRequired() is { } inherited) return inherited;");
            }

            var required = new HashSet<string>(RequiredWireNames(model.Schema), System.StringComparer.Ordinal);
            foreach (var property in model.Properties.Where(p => required.Contains(p.WireName) && !p.Schema.WriteOnly))
            {
                writer.Line($"if ({property.Name} is null) return {CSharpLiteral.String(property.WireName)};");
            }

            foreach (var property in model.Properties)
            {
                var path = CSharpLiteral.String(property.WireName);
                if (property.Type.Kind == ClientTypeKind.Object)
                {
                    writer.Line($"if ({property.Name}?.FindMissingRequired() is {{ }} in{property.Name}) return {path} + \".\" + in{property.Name};");
                }
                else if (property.Type.Kind == ClientTypeKind.Collection && property.Type.Item!.Kind == ClientTypeKind.Object)
                {
                    writer.Line($"for (var i = 0; {property.Name} is not null && i < {property.Name}.Count; i++) {{ if ({property.Name}[i]?.FindMissingRequired() is {{ }} in{property.Name}) return {CSharpLiteral.String(property.WireName + "[")} + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"].\" + in{property.Name}; }}");
                }
            }

            writer.Line("return null;");
        }
    }

    private static IEnumerable<string> RequiredWireNames(ApiSchema schema) =>
        schema.Required.Concat(schema.AllOf.Where(part => part.Ref is null).SelectMany(part => part.Required));

    private static string NameField(ClientProperty property) => "JsonNameOf" + property.Name;

    private static string Local(ClientProperty property) => "json" + property.Name;
}
