using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;
using ImageryContracts.Rules;

namespace ImageryContracts.Generators.Emit;

/// <summary>
/// Writes <c>ValidateProductRequest</c> and its rule tables: sensor sets as bit masks (one bit per sensor enum member)
/// intersected without allocation on the valid path; messages that name each value's sensors and the alternatives
/// (<c>x-imagery-alternatives</c>) that would fit the rest of the request.
/// </summary>
public static class ProductRequestValidatorWriter
{
    private const string Problem = "global::ImageryContracts.Validation.ValidationProblem";

    /// <summary>Writes the method and its private tables into the validator class.</summary>
    /// <param name="writer">The writer, inside the class.</param>
    /// <param name="spec">The spec.</param>
    /// <param name="parameters">The method's parameters.</param>
    public static void Write(IndentedWriter writer, ApiSpec spec, List<ProductRuleParameter> parameters)
    {
        var sensors = SensorTable.Of(spec);
        var sensorBearing = parameters.Where(p => !p.IsCrs && !p.IsSensor && p.Schema.EnumValues.Any(v => v.Sensors is not null)).ToList();
        var deprecating = parameters.Where(p => !p.IsCrs && p.Schema.EnumValues.Any(v => v.Deprecation is not null)).ToList();
        var checksSensors = sensors is not null && sensorBearing.Count > 0;

        WriteSignature(writer, spec, parameters);
        using (writer.OpenBlock())
        {
            writer.Line(ValidatorEmitter.ProblemListDeclaration);
            foreach (var parameter in deprecating)
            {
                var local = Local(parameter);
                writer.Line($"if ({parameter.ParameterName} is {{ }} {local} && Deprecation({local}) is {{ }} {local}Deprecation)");
                using (writer.OpenBlock())
                {
                    writer.Line($"Add(ref problems, {local}Deprecation);");
                }

                writer.Line();
            }

            foreach (var parameter in parameters.Where(p => p.IsCrs))
            {
                var local = Local(parameter);
                writer.Line($"if ({parameter.ParameterName} is {{ }} {local} && !{parameter.TypeName}.IsAccepted({local}.Epsg))");
                using (writer.OpenBlock())
                {
                    writer.Line($"Add(ref problems, {ValidatorEmitter.NewProblem(RuleIds.CrsCodeOutsideSet, $"{parameter.TypeName}.RejectionMessage({local}.Epsg)", new[] { parameter.Field })});");
                }

                writer.Line();
            }

            if (checksSensors)
            {
                WriteSensorIntersection(writer, parameters, sensorBearing);
            }

            writer.Line("return Result(problems);");
        }

        writer.Line();
        foreach (var parameter in deprecating)
        {
            WriteDeprecationTable(writer, spec, parameter);
        }

        if (checksSensors)
        {
            SensorConflictWriter.Write(writer, sensors!, parameters, sensorBearing);
        }
    }

    private static void WriteSignature(IndentedWriter writer, ApiSpec spec, List<ProductRuleParameter> parameters)
    {
        writer.DocTag("summary", $"Checks the values of one product request against {Possessive.Of(spec.VendorName)} rules: sensors every value accepts (IMG1001), values being abandoned (IMG1002) and the CRS code (IMG1003). Pass what the request sets; leave the rest null.");
        foreach (var parameter in parameters)
        {
            writer.Line($"/// <param name=\"{parameter.ParameterName.TrimStart('@')}\">{XmlDoc.Escape(ParameterDoc(parameter))}</param>");
        }

        writer.Line("/// <returns>Every violated rule; <see cref=\"global::ImageryContracts.Validation.ValidationResult.Success\"/> when none.</returns>");
        writer.Line($"public static {ValidatorEmitter.ResultType} ValidateProductRequest(");
        for (var i = 0; i < parameters.Count; i++)
        {
            writer.Line($"    {parameters[i].TypeName}? {parameters[i].ParameterName} = null{(i == parameters.Count - 1 ? ")" : ",")}");
        }
    }

    private static string ParameterDoc(ProductRuleParameter parameter)
    {
        if (parameter.IsSensor)
        {
            return $"The sensor of the catalogue item, when known ({parameter.Field}).";
        }

        if (parameter.IsCrs)
        {
            return $"The CRS code ({parameter.Field}).";
        }

        var hasRule = parameter.Schema.EnumValues.Any(v => v.Sensors is not null || v.Deprecation is not null);
        return hasRule
            ? $"The {parameter.Field} value."
            : $"The {parameter.Field} value. No rule in the spec restricts it yet; it is checked as soon as the spec adds one.";
    }

    private static void WriteSensorIntersection(IndentedWriter writer, List<ProductRuleParameter> parameters, List<ProductRuleParameter> sensorBearing)
    {
        var sensor = parameters.FirstOrDefault(p => p.IsSensor);
        writer.Line("var common = AllSensors;");
        foreach (var parameter in sensorBearing)
        {
            writer.Line($"if ({parameter.ParameterName} is {{ }} {Local(parameter)}Sensors)");
            using (writer.OpenBlock())
            {
                writer.Line($"common &= SensorsOf({Local(parameter)}Sensors);");
            }

            writer.Line();
        }

        if (sensor is not null)
        {
            writer.Line($"if ({sensor.ParameterName} is {{ }} {Local(sensor)}Bit)");
            using (writer.OpenBlock())
            {
                writer.Line($"common &= SensorBit({Local(sensor)}Bit);");
            }

            writer.Line();
        }

        var arguments = string.Join(", ", sensorBearing.Concat(sensor is null ? Enumerable.Empty<ProductRuleParameter>() : new[] { sensor }).Select(p => p.ParameterName));
        writer.Line("if (common == 0)");
        using (writer.OpenBlock())
        {
            writer.Line($"Add(ref problems, SensorConflict({arguments}));");
        }

        writer.Line();
    }

    private static void WriteDeprecationTable(IndentedWriter writer, ApiSpec spec, ProductRuleParameter parameter)
    {
        var type = parameter.TypeName;
        writer.Line($"private static {Problem}? Deprecation({type} value) => value switch");
        using (writer.OpenBlock("};"))
        {
            foreach (var value in parameter.Schema.EnumValues.Where(v => v.Deprecation is not null))
            {
                var deprecation = value.Deprecation!;
                var reason = deprecation.Reason.TrimEnd();
                var message = $"{value.WireValue} is being abandoned by {spec.VendorName}: {reason}{(reason.EndsWith(".", System.StringComparison.Ordinal) ? "" : ".")}"
                    + (deprecation.Replacement is null ? "" : $" Use {deprecation.Replacement} instead.");
                writer.Line($"{type}.{value.MemberName} => {ValidatorEmitter.NewProblem(RuleIds.DeprecatedValue, CSharpLiteral.String(message), new[] { parameter.Field }, warning: true)},");
            }

            writer.Line("_ => null,");
        }

        writer.Line();
    }

    /// <summary>The local variable name derived from a parameter.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns>A name without the verbatim <c>@</c>.</returns>
    public static string Local(ProductRuleParameter parameter) => parameter.ParameterName.TrimStart('@') + "Value";

    /// <summary>A mask as a C# literal.</summary>
    /// <param name="mask">The bit mask.</param>
    /// <returns>The literal.</returns>
    public static string Mask(int mask) => mask.ToString(CultureInfo.InvariantCulture);
}
