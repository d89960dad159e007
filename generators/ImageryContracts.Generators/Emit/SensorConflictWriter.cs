using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Rules;

namespace ImageryContracts.Generators.Emit;

/// <summary>
/// Writes the sensor tables of the product-request validator and the IMG1001 message builder:
/// "BASIC16 is accepted by SPOT, PHR; bundle-fs by PNEO: no sensor accepts both. Use REFLECTANCE or bundle."
/// </summary>
public static class SensorConflictWriter
{
    private const string Problem = "global::ImageryContracts.Validation.ValidationProblem";

    /// <summary>Writes the tables and the message builder.</summary>
    /// <param name="writer">The writer, inside the validator class.</param>
    /// <param name="sensors">The sensor enum.</param>
    /// <param name="parameters">The method's parameters.</param>
    /// <param name="sensorBearing">The parameters whose enum carries <c>x-imagery-sensors</c>.</param>
    public static void Write(IndentedWriter writer, SensorTable sensors, List<ProductRuleParameter> parameters, List<ProductRuleParameter> sensorBearing)
    {
        var sensor = parameters.FirstOrDefault(p => p.IsSensor);
        writer.Line($"private const int AllSensors = {ProductRequestValidatorWriter.Mask(sensors.AllMask)};");
        writer.Line();
        writer.Line($"private static readonly string[] SensorWireValues = {{ {string.Join(", ", sensors.WireValues.Select(CSharpLiteral.String))} }};");
        writer.Line();
        foreach (var parameter in sensorBearing)
        {
            WriteSensorsOf(writer, sensors, parameter);
            WriteAlternativesOf(writer, sensors, parameter);
        }

        if (sensor is not null)
        {
            writer.Line($"private static int SensorBit({sensor.TypeName} value) => value switch");
            using (writer.OpenBlock("};"))
            {
                for (var i = 0; i < sensor.Schema.EnumValues.Count; i++)
                {
                    writer.Line($"{sensor.TypeName}.{sensor.Schema.EnumValues[i].MemberName} => {ProductRequestValidatorWriter.Mask(1 << i)},");
                }

                writer.Line("_ => 0,");
            }

            writer.Line();
        }

        WriteConflict(writer, sensorBearing, sensor);
        WriteMessage(writer);
        WritePartTypes(writer);
    }

    private static void WriteSensorsOf(IndentedWriter writer, SensorTable sensors, ProductRuleParameter parameter)
    {
        writer.Line($"private static int SensorsOf({parameter.TypeName} value) => value switch");
        using (writer.OpenBlock("};"))
        {
            foreach (var value in parameter.Schema.EnumValues.Where(v => v.Sensors is not null))
            {
                writer.Line($"{parameter.TypeName}.{value.MemberName} => {ProductRequestValidatorWriter.Mask(sensors.MaskOf(value.Sensors))},");
            }

            writer.Line("_ => AllSensors,");
        }

        writer.Line();
    }

    private static void WriteAlternativesOf(IndentedWriter writer, SensorTable sensors, ProductRuleParameter parameter)
    {
        if (parameter.Schema.EnumValues.All(v => v.Alternatives.IsEmpty))
        {
            writer.Line($"private static SensorAlternative[] AlternativesOf({parameter.TypeName} value) => global::System.Array.Empty<SensorAlternative>();");
            writer.Line();
            return;
        }

        writer.Line($"private static SensorAlternative[] AlternativesOf({parameter.TypeName} value) => value switch");
        using (writer.OpenBlock("};"))
        {
            foreach (var value in parameter.Schema.EnumValues.Where(v => !v.Alternatives.IsEmpty))
            {
                var alternatives = value.Alternatives.Select(a =>
                    $"new SensorAlternative({CSharpLiteral.String(a)}, {ProductRequestValidatorWriter.Mask(sensors.MaskOf(parameter.Schema.EnumValues.First(v => v.WireValue == a).Sensors))})");
                writer.Line($"{parameter.TypeName}.{value.MemberName} => new[] {{ {string.Join(", ", alternatives)} }},");
            }

            writer.Line("_ => global::System.Array.Empty<SensorAlternative>(),");
        }

        writer.Line();
    }

    private static void WriteConflict(IndentedWriter writer, List<ProductRuleParameter> sensorBearing, ProductRuleParameter? sensor)
    {
        var all = sensorBearing.Concat(sensor is null ? Enumerable.Empty<ProductRuleParameter>() : new[] { sensor }).ToList();
        writer.Line($"private static {Problem} SensorConflict({string.Join(", ", all.Select(p => $"{p.TypeName}? {p.ParameterName}"))})");
        using (writer.OpenBlock())
        {
            writer.Line("var parts = new global::System.Collections.Generic.List<SensorPart>();");
            foreach (var parameter in sensorBearing)
            {
                var local = ProductRequestValidatorWriter.Local(parameter);
                writer.Line($"if ({parameter.ParameterName} is {{ }} {local} && SensorsOf({local}) != AllSensors)");
                using (writer.OpenBlock())
                {
                    writer.Line($"parts.Add(new SensorPart({parameter.TypeName}Extensions.ToWireValue({local}), {CSharpLiteral.String(parameter.Field)}, SensorsOf({local}), AlternativesOf({local})));");
                }

                writer.Line();
            }

            if (sensor is not null)
            {
                var local = ProductRequestValidatorWriter.Local(sensor);
                writer.Line($"if ({sensor.ParameterName} is {{ }} {local})");
                using (writer.OpenBlock())
                {
                    writer.Line($"parts.Add(new SensorPart({sensor.TypeName}Extensions.ToWireValue({local}), {CSharpLiteral.String(sensor.Field)}, SensorBit({local}), null));");
                }

                writer.Line();
            }

            writer.Line("var fields = new string[parts.Count];");
            writer.Line("for (var i = 0; i < parts.Count; i++)");
            using (writer.OpenBlock())
            {
                writer.Line("fields[i] = parts[i].Field;");
            }

            writer.Line();
            writer.Line($"return new {Problem}({CSharpLiteral.String(RuleIds.IncompatibleSensors)}, SensorConflictMessage(parts), fields);");
        }

        writer.Line();
    }

    private static void WriteMessage(IndentedWriter writer) => writer.Lines("""
        private static string SensorConflictMessage(global::System.Collections.Generic.List<SensorPart> parts)
        {
            var text = new global::System.Text.StringBuilder();
            var described = false;
            foreach (var part in parts)
            {
                text.Append(text.Length == 0 ? "" : "; ");
                if (part.Alternatives is null)
                {
                    text.Append("the requested sensor is ").Append(part.Wire);
                }
                else
                {
                    text.Append(part.Wire).Append(described ? " by " : " is accepted by ").Append(SensorNames(part.Sensors));
                    described = true;
                }
            }

            text.Append(parts.Count == 2 ? ": no sensor accepts both." : parts.Count > 2 ? ": no sensor accepts all of them." : ".");
            foreach (var sensor in parts)
            {
                if (sensor.Alternatives is null)
                {
                    // The image's sensor is given, not chosen: every value it does not accept needs its own replacement.
                    text.Append(ReplacementsFor(sensor, parts) is { Count: > 0 } replacements ? " Use " + Join(replacements, " and ") + "." : " Choose values " + sensor.Wire + " accepts.");
                    return text.ToString();
                }
            }

            var fixes = new global::System.Collections.Generic.List<string>();
            for (var i = 0; i < parts.Count; i++)
            {
                var others = AllSensors;
                for (var j = 0; j < parts.Count; j++)
                {
                    others &= i == j ? AllSensors : parts[j].Sensors;
                }

                foreach (var alternative in parts[i].Alternatives ?? global::System.Array.Empty<SensorAlternative>())
                {
                    if ((alternative.Sensors & others) != 0 && !fixes.Contains(alternative.Wire))
                    {
                        fixes.Add(alternative.Wire);
                    }
                }
            }

            text.Append(fixes.Count > 0 ? " Use " + Join(fixes, " or ") + "." : " Choose values that share a sensor.");
            return text.ToString();
        }

        private static global::System.Collections.Generic.List<string>? ReplacementsFor(SensorPart sensor, global::System.Collections.Generic.List<SensorPart> parts)
        {
            var replacements = new global::System.Collections.Generic.List<string>();
            foreach (var part in parts)
            {
                if (part.Alternatives is null || (part.Sensors & sensor.Sensors) != 0)
                {
                    continue;
                }

                var accepted = new global::System.Collections.Generic.List<string>();
                foreach (var alternative in part.Alternatives)
                {
                    if ((alternative.Sensors & sensor.Sensors) != 0)
                    {
                        accepted.Add(alternative.Wire);
                    }
                }

                if (accepted.Count == 0)
                {
                    return null;
                }

                replacements.Add(Join(accepted, " or "));
            }

            return replacements;
        }

        private static string SensorNames(int mask)
        {
            var names = new global::System.Collections.Generic.List<string>();
            for (var i = 0; i < SensorWireValues.Length; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    names.Add(SensorWireValues[i]);
                }
            }

            return names.Count == 0 ? "no sensor" : string.Join(", ", names);
        }

        """);

    private static void WritePartTypes(IndentedWriter writer) => writer.Lines("""
        private sealed class SensorPart
        {
            public SensorPart(string wire, string field, int sensors, SensorAlternative[]? alternatives)
            {
                Wire = wire;
                Field = field;
                Sensors = sensors;
                Alternatives = alternatives;
            }

            public string Wire { get; }

            public string Field { get; }

            public int Sensors { get; }

            /// <summary>Null for the requested sensor itself, which has no alternative.</summary>
            public SensorAlternative[]? Alternatives { get; }
        }

        private readonly struct SensorAlternative
        {
            public SensorAlternative(string wire, int sensors)
            {
                Wire = wire;
                Sensors = sensors;
            }

            public string Wire { get; }

            public int Sensors { get; }
        }

        """);
}
