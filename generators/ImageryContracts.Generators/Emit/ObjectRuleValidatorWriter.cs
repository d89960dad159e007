using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;
using ImageryContracts.Rules;

namespace ImageryContracts.Generators.Emit;

/// <summary>
/// Writes <c>Validate&lt;Schema&gt;(…)</c> for an object schema with field rules: groups set together or not at all
/// (<c>x-imagery-requires-together</c>, IMG1005) and fields with one acceptable value (<c>x-imagery-must-equal</c>,
/// IMG1007). Group members are taken as <c>object?</c> (set means not null); fixed-value fields with their JSON type.
/// </summary>
public static class ObjectRuleValidatorWriter
{
    /// <summary>Writes the method into the validator class.</summary>
    /// <param name="writer">The writer, inside the class.</param>
    /// <param name="spec">The spec.</param>
    /// <param name="schema">The object schema with rules.</param>
    public static void Write(IndentedWriter writer, ApiSpec spec, ApiSchema schema)
    {
        var grouped = schema.RequiresTogether.SelectMany(g => g).Distinct().ToList();
        var fixedValues = schema.Properties.Where(p => p.Schema.MustEqualJson is not null).ToList();
        var parameters = grouped.Where(name => fixedValues.All(f => f.WireName != name))
            .Select(name => (Wire: name, Type: "object?"))
            .Concat(fixedValues.Select(f => (Wire: f.WireName, Type: ClrTypeOf(f.Schema) + "?")))
            .ToList();

        writer.DocTag("summary", $"Checks the fields of a {schema.Name} against {Possessive.Of(spec.VendorName)} rules: " + string.Join("; ", Describe(schema, fixedValues)) + ".");
        foreach (var parameter in parameters)
        {
            writer.Line($"/// <param name=\"{Identifiers.ToCamelCase(parameter.Wire).TrimStart('@')}\">The {XmlDoc.Escape(parameter.Wire)} value; null when not set.</param>");
        }

        writer.Line("/// <returns>Every violated rule.</returns>");
        var signature = string.Join(", ", parameters.Select(p => $"{p.Type} {Identifiers.ToCamelCase(p.Wire)}"));
        writer.Line($"public static {ValidatorEmitter.ResultType} Validate{schema.Name}({signature})");
        using (writer.OpenBlock())
        {
            writer.Line(ValidatorEmitter.ProblemListDeclaration);
            foreach (var group in schema.RequiresTogether)
            {
                var fields = string.Join(", ", group.Select(CSharpLiteral.String));
                var set = string.Join(", ", group.Select(g => Identifiers.ToCamelCase(g) + " is not null"));
                writer.Line($"RequireTogether(ref problems, new string[] {{ {fields} }}, new bool[] {{ {set} }});");
            }

            foreach (var property in fixedValues)
            {
                WriteMustEqual(writer, spec, property);
            }

            writer.Line("return Result(problems);");
        }

        writer.Line();
    }

    private static IEnumerable<string> Describe(ApiSchema schema, List<ApiProperty> fixedValues) =>
        schema.RequiresTogether.Select(g => string.Join(" and ", g) + " set together or not at all (IMG1005)")
            .Concat(fixedValues.Select(f => $"{f.WireName} must be {f.Schema.MustEqualJson} (IMG1007)"));

    private static void WriteMustEqual(IndentedWriter writer, ApiSpec spec, ApiProperty property)
    {
        var parameter = Identifiers.ToCamelCase(property.WireName);
        var expected = property.Schema.MustEqualJson!;
        var literal = ClrTypeOf(property.Schema) == "string" ? CSharpLiteral.String(expected.Trim('"')) : expected;
        var actual = ClrTypeOf(property.Schema) switch
        {
            "bool" => $"({parameter}.Value ? \"true\" : \"false\")",
            "string" => $"\"'\" + {parameter} + \"'\"",
            _ => $"{parameter}.Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
        };
        var wire = property.WireName;
        var tail = $"\", but {spec.VendorName} only proceeds with {wire}: {expected.Replace("\"", "'")}. Set {wire} to {expected.Replace("\"", "'")}.\"";
        writer.Line($"if ({parameter} != {literal})");
        using (writer.OpenBlock())
        {
            var message = $"({parameter} is null ? \"{wire} is not set\" : \"{wire} is \" + {actual}) + {tail}";
            writer.Line($"Add(ref problems, {ValidatorEmitter.NewProblem(RuleIds.MustEqual, message, new[] { wire })});");
        }

        writer.Line();
    }

    /// <summary>Writes the shared IMG1005 check the <c>Validate&lt;Schema&gt;</c> methods call (once per class).</summary>
    /// <param name="writer">The writer, inside the validator class.</param>
    /// <param name="spec">The spec.</param>
    public static void WriteRequireTogether(IndentedWriter writer, ApiSpec spec) => writer.Lines($$"""
        private static void RequireTogether(ref global::System.Collections.Generic.List<global::ImageryContracts.Validation.ValidationProblem>? problems, string[] fields, bool[] isSet)
        {
            var set = new global::System.Collections.Generic.List<string>();
            var unset = new global::System.Collections.Generic.List<string>();
            for (var i = 0; i < fields.Length; i++)
            {
                (isSet[i] ? set : unset).Add(fields[i]);
            }

            if (set.Count > 0 && unset.Count > 0)
            {
                var message = Join(set, " and ") + (set.Count == 1 ? " is" : " are") + " set but " + Join(unset, " and ") + (unset.Count == 1 ? " is" : " are")
                    + " not: {{spec.VendorName}} takes " + Join(fields, " and ") + " together or not at all. Set " + Join(unset, " and ") + " or remove " + Join(set, " and ") + ".";
                Add(ref problems, new global::ImageryContracts.Validation.ValidationProblem({{CSharpLiteral.String(RuleIds.RequiresTogether)}}, message, fields));
            }
        }

        """);

    private static string ClrTypeOf(ApiSchema schema) => schema.Type switch
    {
        "boolean" => "bool",
        "integer" => "long",
        "number" => "double",
        _ => "string",
    };
}
