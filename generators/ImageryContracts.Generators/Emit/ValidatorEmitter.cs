using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;
using ImageryContracts.Rules;

namespace ImageryContracts.Generators.Emit;

/// <summary>
/// Emits <c>&lt;Namespace&gt;.Validation.&lt;Vendor&gt;Validator</c>, a static partial class whose checks come from the
/// spec's rule extensions and return every violated rule as a <c>ValidationResult</c>:
/// <list type="bullet">
/// <item><c>ValidateProductRequest</c>: sensor combinations (IMG1001), deprecated values (IMG1002), CRS codes (IMG1003);</item>
/// <item><c>Validate&lt;CrsType&gt;(string?)</c>: a CRS code as text (IMG1003);</item>
/// <item><c>Validate&lt;Schema&gt;Area(double)</c>: the minimum AOI area (IMG1004);</item>
/// <item><c>Validate&lt;Schema&gt;(…)</c>: fields set together (IMG1005) and fixed values (IMG1007).</item>
/// </list>
/// The class is partial so the client emitters can add thin overloads that take the request models.
/// </summary>
public static class ValidatorEmitter
{
    private const string ValidationNs = "global::ImageryContracts.Validation.";
    private const string ProblemList = "global::System.Collections.Generic.List<" + ValidationNs + "ValidationProblem>";

    /// <summary>The validator file of a spec, or nothing when the spec carries no rule.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>Zero or one file.</returns>
    public static IEnumerable<GeneratedFile> EmitAll(ApiSpec spec)
    {
        var parameters = ProductRuleParameters.Of(spec);
        var crsSchemas = spec.Schemas.Where(s => s.Crs is not null && s.Name is not null).ToList();
        var areaSchemas = spec.Schemas.Where(s => s.MinAreaKm2 is not null && s.Name is not null).ToList();
        var objectRules = spec.Schemas.Where(s => s.Name is not null && (!s.RequiresTogether.IsEmpty || s.Properties.Any(p => p.Schema.MustEqualJson is not null))).ToList();
        if (parameters.Count == 0 && crsSchemas.Count == 0 && areaSchemas.Count == 0 && objectRules.Count == 0)
        {
            yield break;
        }

        var ns = spec.Namespace + ".Validation";
        var className = spec.VendorName + "Validator";
        var source = SourceFile.Write(ns, writer =>
        {
            writer.DocTag("summary", $"Checks requests against {Possessive.Of(spec.VendorName)} rules, as the spec states them (x-imagery-* extensions), before anything is sent. Every violated rule is returned, not only the first; rule IDs match the analyzers' diagnostics.");
            writer.Line(SourceFile.GeneratedCodeAttribute);
            writer.Line($"public static partial class {className}");
            using (writer.OpenBlock())
            {
                if (parameters.Count > 0)
                {
                    ProductRequestValidatorWriter.Write(writer, spec, parameters);
                }

                foreach (var schema in crsSchemas)
                {
                    WriteCrsText(writer, spec, schema);
                }

                foreach (var schema in areaSchemas)
                {
                    WriteMinimumArea(writer, spec, schema);
                }

                foreach (var schema in objectRules)
                {
                    ObjectRuleValidatorWriter.Write(writer, spec, schema);
                }

                if (objectRules.Any(s => !s.RequiresTogether.IsEmpty))
                {
                    ObjectRuleValidatorWriter.WriteRequireTogether(writer, spec);
                }

                WriteHelpers(writer);
            }
        });
        yield return new GeneratedFile($"{ns}.{className}.g.cs", source);
    }

    /// <summary>A C# expression creating a one-problem list entry.</summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <param name="message">A C# expression for the message.</param>
    /// <param name="fields">The wire names of the fields involved.</param>
    /// <param name="warning">Whether the vendor still accepts the value (a deprecation) rather than rejecting it.</param>
    /// <returns>The expression.</returns>
    public static string NewProblem(string ruleId, string message, IEnumerable<string> fields, bool warning = false) =>
        $"new {ValidationNs}ValidationProblem({CSharpLiteral.String(ruleId)}, {message}, new string[] {{ {string.Join(", ", fields.Select(CSharpLiteral.String))} }}"
        + (warning ? $", {ValidationNs}ValidationSeverity.Warning)" : ")");

    /// <summary>The declaration of the lazily created problem list every check method starts with.</summary>
    public static string ProblemListDeclaration => ProblemList + "? problems = null;";

    /// <summary>The return type of every check.</summary>
    public static string ResultType => ValidationNs + "ValidationResult";

    private static void WriteCrsText(IndentedWriter writer, ApiSpec spec, ApiSchema schema)
    {
        var type = $"global::{spec.Namespace}.Models.{schema.Name}";
        writer.DocTag("summary", $"Checks a CRS code written as text (urn or EPSG:NNNN) against the codes {spec.VendorName} accepts (IMG1003).");
        writer.Line("/// <param name=\"value\">The text; null means absent and passes.</param>");
        writer.Line("/// <returns>The problem, if any.</returns>");
        writer.Line($"public static {ResultType} Validate{schema.Name}(string? value)");
        using (writer.OpenBlock())
        {
            writer.Line($"return value is not null && {type}.Problem(value) is {{ }} problem");
            writer.Line($"    ? Result(new {ProblemList} {{ {NewProblem(RuleIds.CrsCodeOutsideSet, "problem", new[] { FieldNames.Of(spec, schema.Name!) })} }})");
            writer.Line($"    : {ValidationNs}ValidationResult.Success;");
        }

        writer.Line();
    }

    private static void WriteMinimumArea(IndentedWriter writer, ApiSpec spec, ApiSchema schema)
    {
        var minimum = double.Parse(schema.MinAreaKm2!, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
        writer.DocTag("summary", $"Checks the area of a {schema.Name} against {Possessive.Of(spec.VendorName)} minimum of {minimum} km² (IMG1004).");
        writer.Line("/// <param name=\"areaKm2\">The geodesic area on the WGS 84 ellipsoid, in km².</param>");
        writer.Line("/// <returns>The problem, if any.</returns>");
        writer.Line($"public static {ResultType} Validate{schema.Name}Area(double areaKm2)");
        using (writer.OpenBlock())
        {
            var message = $"\"The {schema.Name} covers \" + areaKm2.ToString(\"0.####\", global::System.Globalization.CultureInfo.InvariantCulture) + \" km², under {Possessive.Of(spec.VendorName)} minimum of {minimum} km². Enlarge it to at least {minimum} km².\"";
            writer.Line($"return areaKm2 < {minimum}");
            writer.Line($"    ? Result(new {ProblemList} {{ {NewProblem(RuleIds.AreaOfInterest, message, new[] { FieldNames.Of(spec, schema.Name!) })} }})");
            writer.Line($"    : {ValidationNs}ValidationResult.Success;");
        }

        writer.Line();
    }

    private static void WriteHelpers(IndentedWriter writer) => writer.Lines($$"""
        private static {{ResultType}} Result({{ProblemList}}? problems) =>
            problems is null ? {{ValidationNs}}ValidationResult.Success : new {{ValidationNs}}ValidationResult(problems);

        private static void Add(ref {{ProblemList}}? problems, {{ValidationNs}}ValidationProblem problem) =>
            (problems ??= new {{ProblemList}}()).Add(problem);

        private static string Join(global::System.Collections.Generic.IReadOnlyList<string> items, string lastSeparator)
        {
            return items.Count < 2
                ? string.Join("", items)
                : string.Join(", ", global::System.Linq.Enumerable.Take(items, items.Count - 1)) + lastSeparator + items[items.Count - 1];
        }
        """);
}
