using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// Emits <c>Validate(&lt;RequestModel&gt;)</c> overloads on the part-1 validator (<c>&lt;Namespace&gt;.Validation.&lt;Vendor&gt;Validator</c>,
/// a partial class) for every request body model that reaches a rule: they walk the model and call the validator core
/// with the model's values (<c>ValidateProductRequest</c> per product with the order's values, <c>Validate&lt;Schema&gt;</c>
/// for fields set together and fixed values) and check each GeoJSON polygon through <c>ImageryContracts.Geometry</c>
/// (ring validity, and the minimum area where the spec sets <c>x-imagery-min-area-km2</c>). Every problem's fields become
/// paths into the request (<c>products/0/productType</c>); a problem found twice (the order's kind, once per product) is
/// reported once. When the spec has a sensor enum, a second overload takes the sensor of the catalogue image the
/// request is about (a request names none) and checks every value against it too, from the same rule data.
/// </summary>
public static class ModelValidatorEmitter
{
    private const string Result = "global::ImageryContracts.Validation.ValidationResult";
    private const int MaxDepth = 8;

    /// <summary>The overloads file, when a request body reaches a rule.</summary>
    /// <param name="spec">The spec.</param>
    /// <param name="models">The spec's models.</param>
    /// <param name="types">The spec's type resolver.</param>
    /// <returns>Zero or one file.</returns>
    public static IEnumerable<GeneratedFile> Emit(ApiSpec spec, IReadOnlyList<ClientModel> models, ClientTypeResolver types)
    {
        var context = new WalkContext(spec, models);
        var roots = spec.Paths.SelectMany(p => p.Operations).Select(o => o.RequestBody).Where(b => b is not null)
            .SelectMany(b => b!.Content).Where(m => m.Schema is not null).Select(m => types.Resolve(m.Schema!))
            .Where(t => t.Kind == ClientTypeKind.Object).Select(t => context.ModelOf(t.TypeName)).Where(m => m is not null)
            .Distinct().Select(m => m!).Where(m => context.ReachesRule(m, new HashSet<string>())).ToList();
        if (roots.Count == 0)
        {
            yield break;
        }

        var ns = spec.Namespace + ".Validation";
        var className = spec.VendorName + "Validator";
        var source = SourceFile.Write(ns, writer =>
        {
            writer.Line($"public static partial class {className}");
            using (writer.OpenBlock())
            {
                foreach (var root in roots)
                {
                    WriteOverload(writer, context, root);
                }

                WriteHelpers(writer, spec.VendorName);
            }
        });
        yield return new GeneratedFile($"{ns}.{className}.Models.g.cs", source);
    }

    private static void WriteOverload(IndentedWriter writer, WalkContext context, ClientModel root)
    {
        var type = context.Qualified(root);
        var summary = $"Checks a whole {root.Name} against the vendor's rules before it is sent: every rule the validator core checks, applied to the values the request holds, and every GeoJSON polygon's shape and minimum area. Each problem's fields are paths into the request.";
        if (context.Sensor is not { } sensor || !context.ReachesProductRule(root, new HashSet<string>()))
        {
            writer.DocTag("summary", summary);
            writer.Line("/// <param name=\"request\">The request.</param>");
            writer.Line("/// <returns>Every violated rule, each once.</returns>");
            WriteWalk(writer, context, root, $"public static {Result} Validate({type} request)", sensorArgument: null);
            return;
        }

        var core = "Validate" + root.Name + "For";
        writer.DocTag("summary", summary + " The request names no sensor, so only combinations no sensor accepts are refused; pass the image's sensor to check against it.");
        writer.Line("/// <param name=\"request\">The request.</param>");
        writer.Line("/// <returns>Every violated rule, each once.</returns>");
        writer.Line($"public static {Result} Validate({type} request) => {core}(request, null);");
        writer.Line();
        writer.DocTag("summary", summary + $" Every value is also checked against {sensor.Field}, the sensor of the catalogue image the request is about (the request itself names none), from the same rule data: a value that sensor does not accept is refused.");
        writer.Line("/// <param name=\"request\">The request.</param>");
        writer.Line($"/// <param name=\"{sensor.ParameterName}\">The sensor of the image the request's products name, from the catalogue.</param>");
        writer.Line("/// <returns>Every violated rule, each once.</returns>");
        writer.Line($"public static {Result} Validate({type} request, {sensor.TypeName} {sensor.ParameterName}) => {core}(request, {sensor.ParameterName});");
        writer.Line();
        WriteWalk(writer, context, root, $"private static {Result} {core}({type} request, {sensor.TypeName}? {sensor.ParameterName})", sensor.ParameterName);
    }

    private static void WriteWalk(IndentedWriter writer, WalkContext context, ClientModel root, string signature, string? sensorArgument)
    {
        writer.Line(signature);
        using (writer.OpenBlock())
        {
            writer.Line("_ = request ?? throw new global::System.ArgumentNullException(nameof(request));");
            writer.Line($"var results = new global::System.Collections.Generic.List<{Result}>();");
            writer.Line("var path0 = \"\";");
            Walk(writer, context, root, "request", "path0", new List<(ProductRuleParameter, string, string)>(), new HashSet<string>(), 0, sensorArgument);
            writer.Line("return CombineDistinct(results);");
        }

        writer.Line();
    }

    private static void Walk(IndentedWriter writer, WalkContext context, ClientModel model, string value, string path, List<(ProductRuleParameter Parameter, string Value, string Path)> inherited, HashSet<string> stack, int depth, string? sensorArgument)
    {
        if (depth > MaxDepth || !stack.Add(model.Name))
        {
            return;
        }

        var properties = context.AllProperties(model).ToList();
        var own = context.ProductRuleParameters
            .Select(parameter => (Parameter: parameter, Property: properties.FirstOrDefault(p => p.Type.Kind is ClientTypeKind.Enum or ClientTypeKind.CrsCode && p.Type.TypeName == parameter.TypeName)))
            .Where(pair => pair.Property is not null)
            .Select(pair => (pair.Parameter, Value: $"{value}.{pair.Property!.Name}", Path: path))
            .ToList();
        var available = inherited.Where(i => own.All(o => o.Parameter.ParameterName != i.Parameter.ParameterName)).Concat(own).ToList();
        if (own.Count > 0)
        {
            var arguments = string.Join(", ", available.Select(a => $"{a.Parameter.ParameterName}: {a.Value}")) + (sensorArgument is null ? "" : $", {sensorArgument}: {sensorArgument}");
            var arms = string.Join(" ", available.Select(a => $"{CSharpLiteral.String(a.Parameter.Field)} => FieldPath({a.Path}, field),"));
            writer.Line($"results.Add(RelocateFields(ValidateProductRequest({arguments}), field => field switch {{ {arms} _ => field }}));");
        }

        if (context.HasObjectRules(model.Schema))
        {
            writer.Line($"results.Add(RelocateFields(Validate{model.Name}({ObjectRuleArguments(context, model, value)}), field => FieldPath({path}, field)));");
        }

        if (IsPolygon(properties, out var coordinates))
        {
            var minimum = model.Schema.MinAreaKm2 is { } km2 ? double.Parse(km2, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) : "null";
            writer.Line($"results.Add(CheckPolygon({value}.{coordinates}, {minimum}, {path}));");
        }

        foreach (var property in properties)
        {
            WalkProperty(writer, context, property, value, path, available, stack, depth, sensorArgument);
        }

        stack.Remove(model.Name);
    }

    private static void WalkProperty(IndentedWriter writer, WalkContext context, ClientProperty property, string value, string path, List<(ProductRuleParameter Parameter, string Value, string Path)> available, HashSet<string> stack, int depth, string? sensorArgument)
    {
        var child = context.NextId();
        var wire = CSharpLiteral.String(property.WireName);
        if (property.Type.Kind == ClientTypeKind.Object && context.ModelOf(property.Type.TypeName) is { } single && context.ReachesRule(single, new HashSet<string>(stack)))
        {
            writer.Line($"if ({value}.{property.Name} is {{ }} m{child})");
            using (writer.OpenBlock())
            {
                writer.Line($"var path{child} = FieldPath({path}, {wire});");
                Walk(writer, context, single, "m" + child, "path" + child, available, stack, depth + 1, sensorArgument);
            }
        }
        else if (property.Type is { Kind: ClientTypeKind.Collection, Item.Kind: ClientTypeKind.Object } && context.ModelOf(property.Type.Item.TypeName) is { } item && context.ReachesRule(item, new HashSet<string>(stack)))
        {
            writer.Line($"for (var i{child} = 0; i{child} < ({value}.{property.Name}?.Count ?? 0); i{child}++)");
            using (writer.OpenBlock())
            {
                writer.Line($"if ({value}.{property.Name}![i{child}] is not {{ }} m{child})");
                using (writer.OpenBlock())
                {
                    writer.Line("continue;");
                }

                writer.Line($"var path{child} = FieldPath(FieldPath({path}, {wire}), i{child}.ToString(global::System.Globalization.CultureInfo.InvariantCulture));");
                Walk(writer, context, item, "m" + child, "path" + child, available, stack, depth + 1, sensorArgument);
            }
        }
    }

    /// <summary>The named arguments of part 1's <c>Validate&lt;Schema&gt;</c>: group members as values, fixed values as their JSON type.</summary>
    private static string ObjectRuleArguments(WalkContext context, ClientModel model, string value)
    {
        var properties = context.AllProperties(model).ToList();
        var wires = model.Schema.RequiresTogether.SelectMany(g => g)
            .Concat(model.Schema.Properties.Where(p => p.Schema.MustEqualJson is not null).Select(p => p.WireName))
            .Distinct();
        return string.Join(", ", wires.Select(wire => properties.FirstOrDefault(p => p.WireName == wire) is { } property
            ? $"{Identifiers.ToCamelCase(wire)}: {ArgumentOf(property, value)}"
            : $"{Identifiers.ToCamelCase(wire)}: null"));
    }

    private static string ArgumentOf(ClientProperty property, string value) => property.Type.Kind switch
    {
        ClientTypeKind.Enum when property.Schema.MustEqualJson is not null =>
            $"({value}.{property.Name} is {{ }} {Identifiers.ToCamelCase(property.WireName).TrimStart('@')}Value ? {property.Type.TypeName}Extensions.ToWireValue({Identifiers.ToCamelCase(property.WireName).TrimStart('@')}Value) : null)",
        ClientTypeKind.CrsCode or ClientTypeKind.WireString when property.Schema.MustEqualJson is not null => $"{value}.{property.Name}?.ToString()",
        _ => $"{value}.{property.Name}",
    };

    /// <summary>A GeoJSON polygon model: a <c>type</c> whose only value is <c>Polygon</c> and three-deep number <c>coordinates</c>.</summary>
    private static bool IsPolygon(List<ClientProperty> properties, out string coordinates)
    {
        var type = properties.FirstOrDefault(p => p.WireName == "type");
        var rings = properties.FirstOrDefault(p => p.WireName == "coordinates" && p.Type is { Kind: ClientTypeKind.NestedCollection, Depth: 3, Item.TypeName: "double" });
        coordinates = rings?.Name ?? "";
        return rings is not null && type is not null && type.Schema.EnumValues.Count == 1 && type.Schema.EnumValues[0].WireValue == "Polygon";
    }

    private static void WriteHelpers(IndentedWriter writer, string vendor)
    {
        writer.Line("private static string FieldPath(string path, string field) => path.Length == 0 ? field : path + \"/\" + field;");
        writer.Line();
        writer.Line($"private static {Result} RelocateFields({Result} result, global::System.Func<string, string> path) =>");
        writer.Line("    result.IsValid");
        writer.Line("        ? result");
        writer.Line($"        : new {Result}(global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(result.Problems, problem => problem with {{ Fields = global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(problem.Fields, path)) }})));");
        writer.Line();
        writer.Line($"private static {Result} CheckPolygon(global::System.Collections.Generic.List<global::System.Collections.Generic.List<global::System.Collections.Generic.List<double>>>? coordinates, double? minimumAreaKm2, string path)");
        using (writer.OpenBlock())
        {
            writer.Line("if (coordinates is null)");
            using (writer.OpenBlock())
            {
                writer.Line($"return {Result}.Success;");
            }

            writer.Line("global::ImageryContracts.Geometry.GeoJsonPolygon polygon;");
            writer.Line("try");
            using (writer.OpenBlock())
            {
                writer.Line("polygon = global::ImageryContracts.Geometry.GeoJsonPolygon.FromCoordinates(global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(coordinates, ring => global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(ring, position => position.ToArray())))));");
            }

            writer.Line("catch (global::System.ArgumentException e)");
            using (writer.OpenBlock())
            {
                writer.Line($"return new {Result}(new[] {{ new global::ImageryContracts.Validation.ValidationProblem(global::ImageryContracts.Geometry.GeoJsonPolygon.AoiRuleId, e.Message, new[] {{ FieldPath(path, \"coordinates\") }}) }});");
            }

            writer.Line($"return minimumAreaKm2 is double minimum ? polygon.Validate(minimum, {CSharpLiteral.String(vendor)}, path) : polygon.Validate(path);");
        }

        writer.Line();
        writer.Line($"private static {Result} CombineDistinct(global::System.Collections.Generic.List<{Result}> results)");
        using (writer.OpenBlock())
        {
            writer.Line("var seen = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);");
            writer.Line("var problems = new global::System.Collections.Generic.List<global::ImageryContracts.Validation.ValidationProblem>();");
            writer.Line("foreach (var problem in global::System.Linq.Enumerable.SelectMany(results, result => result.Problems))");
            using (writer.OpenBlock())
            {
                writer.Line("if (seen.Add(problem.RuleId + \"\\n\" + problem.Message + \"\\n\" + string.Join(\"\\n\", problem.Fields)))");
                using (writer.OpenBlock())
                {
                    writer.Line("problems.Add(problem);");
                }
            }

            writer.Line($"return problems.Count == 0 ? {Result}.Success : new {Result}(problems);");
        }
    }

    /// <summary>What the walk looks up: models by type, the product-rule parameters, and which schemas part 1 validates.</summary>
    private sealed class WalkContext
    {
        private readonly string _modelsNamespace;
        private readonly Dictionary<string, ClientModel> _models;
        private readonly HashSet<string> _objectRuleSchemas;

        public WalkContext(ApiSpec spec, IReadOnlyList<ClientModel> models)
        {
            _modelsNamespace = ClientNames.ModelsNamespace(spec);
            _models = models.ToDictionary(m => $"global::{_modelsNamespace}.{m.Name}");
            _objectRuleSchemas = new HashSet<string>(spec.Schemas
                .Where(s => s.Name is not null && (!s.RequiresTogether.IsEmpty || s.Properties.Any(p => p.Schema.MustEqualJson is not null)))
                .Select(s => s.Name!));
            var parameters = ImageryContracts.Generators.Emit.ProductRuleParameters.Of(spec);
            ProductRuleParameters = parameters.Where(p => !p.IsSensor).ToList();
            Sensor = parameters.FirstOrDefault(p => p.IsSensor);
        }

        private int _lastId;

        public List<ProductRuleParameter> ProductRuleParameters { get; }

        /// <summary>The validator core's sensor parameter, when the spec has sensor rules.</summary>
        public ProductRuleParameter? Sensor { get; }

        /// <summary>A number for the next walk variables (pattern variables share the method's scope, so each is unique).</summary>
        public int NextId() => ++_lastId;

        public string Qualified(ClientModel model) => $"global::{_modelsNamespace}.{model.Name}";

        public ClientModel? ModelOf(string typeName) => _models.TryGetValue(typeName, out var model) ? model : null;

        public bool HasObjectRules(ApiSchema schema) => schema.Name is not null && _objectRuleSchemas.Contains(schema.Name);

        /// <summary>The model's properties and its bases'.</summary>
        public IEnumerable<ClientProperty> AllProperties(ClientModel model)
        {
            for (var current = model; current is not null; current = current.BaseModel is { } b ? ModelOf($"global::{_modelsNamespace}.{b}") : null)
            {
                foreach (var property in current.Properties)
                {
                    yield return property;
                }
            }
        }

        /// <summary>Whether the model or a model below it holds a value the validator core checks against sensors.</summary>
        public bool ReachesProductRule(ClientModel model, HashSet<string> visiting)
        {
            if (!visiting.Add(model.Name))
            {
                return false;
            }

            var properties = AllProperties(model).ToList();
            return properties.Any(p => ProductRuleParameters.Any(r => r.TypeName == p.Type.TypeName))
                || properties.Select(p => p.Type.Kind == ClientTypeKind.Object ? p.Type.TypeName : p.Type.Item?.Kind == ClientTypeKind.Object ? p.Type.Item.TypeName : null)
                    .Where(t => t is not null).Select(t => ModelOf(t!)).Any(m => m is not null && ReachesProductRule(m, visiting));
        }

        /// <summary>Whether the model or a model below it has something to check.</summary>
        public bool ReachesRule(ClientModel model, HashSet<string> visiting)
        {
            if (!visiting.Add(model.Name))
            {
                return false;
            }

            var properties = AllProperties(model).ToList();
            return HasObjectRules(model.Schema)
                || IsPolygon(properties, out _)
                || properties.Any(p => ProductRuleParameters.Any(r => r.TypeName == p.Type.TypeName))
                || properties.Select(p => p.Type.Kind == ClientTypeKind.Object ? p.Type.TypeName : p.Type.Item?.Kind == ClientTypeKind.Object ? p.Type.Item.TypeName : null)
                    .Where(t => t is not null).Select(t => ModelOf(t!)).Any(m => m is not null && ReachesRule(m, visiting));
        }
    }
}
