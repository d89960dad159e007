using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// Emits one model class the way Kiota does (<c>IAdditionalDataHolder, IParsable</c>; <c>AdditionalData</c>;
/// <c>CreateFromDiscriminatorValue</c>; <c>GetFieldDeserializers</c>; <c>Serialize</c> ending with
/// <c>WriteAdditionalData</c>), with the spec's rules as attributes (<c>[MinimumAreaKm2]</c>, <c>[RequiresTogether]</c>,
/// <c>[MustEqual]</c>, <c>[KnownValues]</c>). Error models derive from <c>ApiException</c>.
/// Deliberate differences from Kiota: read-only properties are serialized too (a response read and written back
/// must come out whole; a request never sets them), and a property that can keep a raw wire value in AdditionalData
/// drops it when set, so the value is never written twice; a date-time whose wire text may lack its offset also keeps
/// that text, so it is written back as it came; and <c>AdditionalData</c> is created on first use rather than by the
/// constructor, which saves a dictionary per object read when the wire matches the spec.
/// </summary>
public static class ModelEmitter
{
    private const string Rules = "global::ImageryContracts.Rules.";

    /// <summary>The field behind <c>AdditionalData</c> in a model without a base (<see langword="null"/> until first used).</summary>
    public const string AdditionalDataField = "_additionalData";

    /// <summary>The file of one model.</summary>
    /// <param name="spec">The spec.</param>
    /// <param name="model">The model.</param>
    /// <param name="models">Every model of the spec, by qualified name (an error model reads its items' messages).</param>
    /// <returns>The generated file.</returns>
    public static GeneratedFile Emit(ApiSpec spec, ClientModel model, IReadOnlyDictionary<string, ClientModel> models)
    {
        var ns = ClientNames.ModelsNamespace(spec);
        var source = KiotaSourceFile.Write(ns, writer => WriteClass(writer, ns, model, models));
        return new GeneratedFile($"{ns}.{model.Name}.g.cs", source);
    }

    private static void WriteClass(IndentedWriter writer, string ns, ClientModel model, IReadOnlyDictionary<string, ClientModel> models)
    {
        var schema = model.Schema;
        var self = $"global::{ns}.{model.Name}";
        writer.DocTag("summary", schema.Description ?? $"The {model.Name} model.");
        writer.DocTag("remarks", "Spec: " + schema.Pointer + (schema.Assumed is null ? "." : ". Assumed, not documented by the vendor: " + schema.Assumed));
        writer.Line(SourceFile.GeneratedCodeAttribute);
        foreach (var attribute in ClassAttributes(model))
        {
            writer.Line(attribute);
        }

        var bases = model.BaseModel is { } baseModel
            ? $"global::{ns}.{baseModel}, IParsable"
            : model.IsError ? "ApiException, IAdditionalDataHolder, IParsable" : "IAdditionalDataHolder, IParsable";
        writer.Line($"public partial class {model.Name} : {bases}");
        using (writer.OpenBlock())
        {
            if (model.BaseModel is null)
            {
                writer.DocTag("summary", "Stores additional data not described in the OpenAPI description found when deserializing. Can be used for serialization as well.");
                writer.Line($"public IDictionary<string, object> AdditionalData {{ get => {AdditionalDataField} ??= new Dictionary<string, object>(); set => {AdditionalDataField} = value; }}");
                writer.Line($"private IDictionary<string, object>? {AdditionalDataField};");
            }

            foreach (var property in model.Properties)
            {
                WriteProperty(writer, property, model.BaseModel is null);
            }

            if (model.IsError)
            {
                WriteMessageOverride(writer, model, models);
            }

            if (model.BaseModel is null)
            {
                writer.Line($"/// <summary>Instantiates a new <see cref=\"{self}\"/> and sets the default values.</summary>");
                writer.Line($"public {model.Name}()");
                using (writer.OpenBlock())
                {
                    writer.Line("// AdditionalData is created when first read or written, so a model whose JSON matches its spec allocates none.");
                }
            }

            WriteFactory(writer, model, self);
            WriteDeserializers(writer, ns, model);
            WriteSerialize(writer, ns, model);
        }
    }

    private static IEnumerable<string> ClassAttributes(ClientModel model)
    {
        if (model.Schema.MinAreaKm2 is { } minimum)
        {
            yield return $"[{Rules}MinimumAreaKm2({double.Parse(minimum, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)})]";
        }

        foreach (var group in model.Schema.RequiresTogether)
        {
            var names = group.Select(wire => model.Properties.FirstOrDefault(p => p.WireName == wire)?.Name).Where(n => n is not null).Select(n => $"nameof({n})");
            yield return $"[{Rules}RequiresTogether({string.Join(", ", names)})]";
        }
    }

    private static void WriteProperty(IndentedWriter writer, ClientProperty property, bool ownsAdditionalData)
    {
        var type = property.Type;
        writer.DocTag("summary", property.Schema.Description ?? $"The {property.WireName} property");
        if (property.Schema.Assumed is { } assumed)
        {
            writer.DocTag("remarks", "Assumed, not documented by the vendor: " + assumed);
        }

        var enumOfValues = type.Kind == ClientTypeKind.ExtensibleEnum ? type.EnumTypeName : type.Item?.Kind == ClientTypeKind.ExtensibleEnum ? type.Item.EnumTypeName : null;
        if (enumOfValues is not null)
        {
            writer.Line($"[{Rules}KnownValues(typeof({enumOfValues}))]");
        }

        if (property.Schema.MustEqualJson is { } mustEqual)
        {
            writer.Line($"[{Rules}MustEqual({mustEqual})]");
        }

        if (property.Schema.Deprecated)
        {
            writer.Line("[Obsolete(\"The spec marks this property deprecated.\")]");
        }

        if (!ParseNodeCalls.KeepsRawValue(type))
        {
            writer.Line($"public {type.NullableName} {property.Name} {{ get; set; }}");
            return;
        }

        var field = BackingField(property);
        var wireText = ParseNodeCalls.KeepsWireText(type) ? ParseNodeCalls.WireTextField(property.Name) : null;
        writer.Line($"public {type.NullableName} {property.Name}");
        using (writer.OpenBlock())
        {
            writer.Line($"get => {field};");
            writer.Line($"set {{ {field} = value; {(wireText is null ? "" : wireText + " = null; ")}{(ownsAdditionalData ? AdditionalDataField + "?" : "AdditionalData")}.Remove({CSharpLiteral.String(property.WireName)}); }}");
        }

        writer.Line($"private {type.NullableName} {field};");
        if (wireText is not null)
        {
            writer.DocTag("summary", $"The text {property.WireName} was read from, written back as it came until {property.Name} is set.");
            writer.Line($"private string? {wireText};");
        }
    }

    /// <summary>The private field behind a property that keeps raw wire values (<see cref="ParseNodeCalls.KeepsRawValue"/>).</summary>
    /// <param name="property">The property.</param>
    /// <returns>The field's name.</returns>
    public static string BackingField(ClientProperty property) =>
        Identifiers.ToFieldName(property.Name);

    private static void WriteMessageOverride(IndentedWriter writer, ClientModel model, IReadOnlyDictionary<string, ClientModel> models)
    {
        var sources = MessageSources(model, models).ToList();
        writer.DocTag("summary", "The vendor's message from the error body, else the status the exception was created for.");
        writer.Line($"public override string Message {{ get => {string.Join(" ?? ", sources.Append("base.Message"))}; }}");
    }

    /// <summary>The expressions that may hold the vendor's message, best first.</summary>
    private static IEnumerable<string> MessageSources(ClientModel model, IReadOnlyDictionary<string, ClientModel> models)
    {
        foreach (var own in MessageProperties(model))
        {
            yield return own;
        }

        foreach (var list in model.Properties.Where(p => p.Type.Kind == ClientTypeKind.Collection && p.Type.Item!.Kind == ClientTypeKind.Object))
        {
            if (models.TryGetValue(list.Type.Item!.TypeName, out var item) && MessageProperties(item).FirstOrDefault() is { } message)
            {
                yield return $"({list.Name} is {{ Count: > 0 }} items ? string.Join(\"; \", global::System.Linq.Enumerable.Select(items, item => item.{message})) : null)";
            }
        }
    }

    private static IEnumerable<string> MessageProperties(ClientModel model) =>
        new[] { "message", "error_description", "error", "detail", "title" }
            .Select(wire => model.Properties.FirstOrDefault(p => p.WireName == wire && p.Type.TypeName == "string")?.Name)
            .Where(name => name is not null)
            .Select(name => name!);

    private static void WriteFactory(IndentedWriter writer, ClientModel model, string self)
    {
        writer.DocTag("summary", "Creates a new instance of the appropriate class based on discriminator value");
        writer.Line($"/// <returns>A <see cref=\"{self}\"/></returns>");
        writer.Line("/// <param name=\"parseNode\">The parse node to use to read the discriminator value and create the object</param>");
        writer.Line($"public static {(model.BaseModel is null ? "" : "new ")}{self} CreateFromDiscriminatorValue(IParseNode parseNode)");
        using (writer.OpenBlock())
        {
            writer.Line("_ = parseNode ?? throw new ArgumentNullException(nameof(parseNode));");
            writer.Line($"return new {self}();");
        }
    }

    private static void WriteDeserializers(IndentedWriter writer, string ns, ClientModel model)
    {
        writer.DocTag("summary", "The deserialization information for the current model");
        writer.Line("/// <returns>A IDictionary&lt;string, Action&lt;IParseNode&gt;&gt;</returns>");
        var derived = model.BaseModel is not null;
        writer.Line($"public {(derived ? "override" : "virtual")} IDictionary<string, Action<IParseNode>> GetFieldDeserializers()");
        using (writer.OpenBlock())
        {
            writer.Line($"return new Dictionary<string, Action<IParseNode>>{(derived ? "(base.GetFieldDeserializers())" : "")}");
            using (writer.OpenBlock("};"))
            {
                foreach (var property in model.Properties.OrderBy(p => p.WireName, System.StringComparer.Ordinal))
                {
                    writer.Line($"{{ {CSharpLiteral.String(property.WireName)}, n => {{ {ParseNodeCalls.Read(property.Type, property.Name, property.WireName, ns)} }} }},");
                }
            }
        }
    }

    private static void WriteSerialize(IndentedWriter writer, string ns, ClientModel model)
    {
        var derived = model.BaseModel is not null;
        writer.DocTag("summary", "Serializes information the current object");
        writer.Line("/// <param name=\"writer\">Serialization writer to use to serialize this model</param>");
        writer.Line($"public {(derived ? "override" : "virtual")} void Serialize(ISerializationWriter writer)");
        using (writer.OpenBlock())
        {
            writer.Line("_ = writer ?? throw new ArgumentNullException(nameof(writer));");
            if (derived)
            {
                writer.Line("base.Serialize(writer);");
            }

            foreach (var property in model.Properties.OrderBy(p => p.WireName, System.StringComparer.Ordinal))
            {
                writer.Line(ParseNodeCalls.Write(property.Type, property.Name, property.WireName, ns));
            }

            if (!derived)
            {
                writer.Line("writer.WriteAdditionalData(AdditionalData);");
            }
        }
    }

    /// <summary>The nested collection types the models use, for <see cref="NestedCollectionsEmitter"/>.</summary>
    /// <param name="models">The models.</param>
    /// <returns>The distinct types.</returns>
    public static List<ClientType> NestedCollections(IEnumerable<ClientModel> models) =>
        models.SelectMany(m => m.Properties).Select(p => p.Type).Where(t => t.Kind == ClientTypeKind.NestedCollection).Distinct().ToList();
}
