using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit;

/// <summary>
/// Emits a string enum: the C# enum with <c>[EnumMember]</c> (what Kiota's JSON serializer reads), XML docs and the
/// rule attributes of each member, and an <c>&lt;Enum&gt;Extensions</c> class with allocation-free
/// <c>ToWireValue</c>/<c>TryParse</c> (switches on literals: no reflection, no Enum.Parse), plus <c>ToSensor</c> when the
/// spec maps the values to sensors (<c>x-imagery-sensor-of</c>).
/// </summary>
public static class EnumEmitter
{
    private const string Rules = "global::ImageryContracts.Rules.";

    /// <summary>The file of one enum.</summary>
    /// <param name="spec">The spec (for the namespace and the sensor enum).</param>
    /// <param name="schema">The enum schema; it has a name.</param>
    /// <param name="sensors">The spec's sensor enum, when it has one.</param>
    /// <returns>The generated file.</returns>
    public static GeneratedFile Emit(ApiSpec spec, ApiSchema schema, SensorTable? sensors)
    {
        var ns = spec.Namespace + ".Models";
        var source = SourceFile.Write(ns, writer =>
        {
            WriteEnum(writer, schema, ns, sensors);
            writer.Line();
            WriteExtensions(writer, schema, sensors);
        });
        return new GeneratedFile($"{ns}.{schema.Name}.g.cs", source);
    }

    /// <summary>Writes the enum declaration (part 2 reuses it for enums it names itself, such as query parameter enums).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="schema">The enum schema.</param>
    /// <param name="ns">The namespace the enum is in.</param>
    /// <param name="sensors">The spec's sensor enum, when it has one.</param>
    public static void WriteEnum(IndentedWriter writer, ApiSchema schema, string ns, SensorTable? sensors)
    {
        var name = schema.Name!;
        writer.DocTag("summary", schema.Description ?? $"The values of {name}.");
        writer.DocTag("remarks", schema.IsExtensibleEnum
            ? "The known values of an open list (x-extensible-enum): the wire may carry others, so properties of this schema keep the raw string. Spec: " + schema.Pointer + "."
            : "Spec: " + schema.Pointer + ".");
        writer.Line(SourceFile.GeneratedCodeAttribute);
        writer.Line("public enum " + name);
        using (writer.OpenBlock())
        {
            foreach (var value in schema.EnumValues)
            {
                writer.DocTag("summary", value.Description ?? $"The wire value {value.WireValue}.");
                writer.Line($"[global::System.Runtime.Serialization.EnumMember(Value = {CSharpLiteral.String(value.WireValue)})]");
                WriteRuleAttributes(writer, value, ns, sensors);
                writer.Line(value.MemberName + ",");
            }
        }
    }

    private static void WriteRuleAttributes(IndentedWriter writer, ApiEnumValue value, string ns, SensorTable? sensors)
    {
        if (value.Sensors is { } accepted && sensors is not null)
        {
            var members = accepted.Select(s => $"global::{ns}.{sensors.Name}.{sensors.MemberOf(s)}");
            writer.Line($"[{Rules}AcceptedBySensors({string.Join(", ", members)})]");
        }

        if (value.Deprecation is { } deprecation)
        {
            var replacement = deprecation.Replacement is null ? "" : $", ReplacedBy = {CSharpLiteral.String(deprecation.Replacement)}";
            writer.Line($"[{Rules}Deprecated({CSharpLiteral.String(deprecation.Reason)}{replacement})]");
        }

        foreach (var alternative in value.Alternatives)
        {
            writer.Line($"[{Rules}AlternativeValue({CSharpLiteral.String(alternative)})]");
        }
    }

    private static void WriteExtensions(IndentedWriter writer, ApiSchema schema, SensorTable? sensors)
    {
        var name = schema.Name!;
        writer.DocTag("summary", $"Wire-value conversions of {name}, without reflection.");
        writer.Line(SourceFile.GeneratedCodeAttribute);
        writer.Line($"public static class {name}Extensions");
        using (writer.OpenBlock())
        {
            writer.DocTag("summary", "The value as the vendor's API writes it.");
            writer.Line("/// <param name=\"value\">The member.</param>");
            writer.Line("/// <returns>The wire value.</returns>");
            writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The value is not a declared member.</exception>");
            writer.Line($"public static string ToWireValue(this {name} value) => value switch");
            using (writer.OpenBlock("};"))
            {
                foreach (var value in schema.EnumValues)
                {
                    writer.Line($"{name}.{value.MemberName} => {CSharpLiteral.String(value.WireValue)},");
                }

                var known = string.Join(", ", schema.EnumValues.Select(v => v.MemberName));
                writer.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, {CSharpLiteral.String($"Not a declared {name} member; use one of {known}.")}),");
            }

            writer.Line();
            writer.DocTag("summary", $"Reads a wire value (exact, case-sensitive match) into a {name}.");
            writer.Line("/// <param name=\"value\">The wire value.</param>");
            writer.Line("/// <param name=\"result\">The member, or the default value when the wire value is unknown.</param>");
            writer.Line("/// <returns>Whether the wire value is known.</returns>");
            writer.Line($"public static bool TryParse(string? value, out {name} result)");
            using (writer.OpenBlock())
            {
                writer.Line("switch (value)");
                using (writer.OpenBlock())
                {
                    foreach (var value in schema.EnumValues)
                    {
                        writer.Line($"case {CSharpLiteral.String(value.WireValue)}:");
                        writer.Line($"    result = {name}.{value.MemberName};");
                        writer.Line("    return true;");
                    }

                    writer.Line("default:");
                    writer.Line("    result = default;");
                    writer.Line("    return false;");
                }
            }

            if (sensors is not null && schema.EnumValues.Any(v => v.SensorOf is not null))
            {
                WriteToSensor(writer, schema, sensors);
            }
        }
    }

    private static void WriteToSensor(IndentedWriter writer, ApiSchema schema, SensorTable sensors)
    {
        var name = schema.Name!;
        writer.Line();
        writer.DocTag("summary", $"The sensor whose rules apply to an item with this {name} (x-imagery-sensor-of); null for a value the spec maps to none.");
        writer.Line("/// <param name=\"value\">The member.</param>");
        writer.Line($"/// <returns>The {sensors.Name}, or null.</returns>");
        writer.Line($"public static {sensors.Name}? ToSensor(this {name} value) => value switch");
        using (writer.OpenBlock("};"))
        {
            foreach (var value in schema.EnumValues.Where(v => v.SensorOf is not null))
            {
                writer.Line($"{name}.{value.MemberName} => {sensors.Name}.{sensors.MemberOf(value.SensorOf!)},");
            }

            writer.Line("_ => null,");
        }
    }

    /// <summary>The files of every enum of a spec.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>One file per enum.</returns>
    public static IEnumerable<GeneratedFile> EmitAll(ApiSpec spec)
    {
        var sensors = SensorTable.Of(spec);
        return EnumTypes.Of(spec).Select(schema => Emit(spec, schema, sensors));
    }
}
