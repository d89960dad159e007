using System.Linq;
using ImageryContracts.Generators.Diagnostics;
using ImageryContracts.Generators.Helpers;
using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Generators.Parsing;

/// <summary>
/// Finds the component marked <c>x-imagery-role: sensor</c> before the schemas are read, so every enum's
/// <c>x-imagery-sensors</c> can be checked against the sensor values whatever the order of the components.
/// </summary>
internal static class SensorEnumLocator
{
    public static void Locate(ParseContext context, YamlMappingNode? schemas)
    {
        if (schemas is null)
        {
            return;
        }

        foreach (var entry in schemas.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key } || entry.Value is not YamlMappingNode schema || schema.GetString("x-imagery-role") != "sensor")
            {
                continue;
            }

            if (context.SensorEnumName is not null)
            {
                context.Report(DiagnosticDescriptors.MalformedExtension, schema.KeyOf("x-imagery-role")!, "x-imagery-role", JsonPointer.Append(JsonPointer.Append("#/components/schemas", key), "x-imagery-role"), $"only one schema may be the sensor enum, and {context.SensorEnumName} already is");
                continue;
            }

            context.SensorEnumName = Identifiers.ToPascalCase(key);
            var values = schema.Get("enum") as YamlSequenceNode ?? schema.Get("x-extensible-enum") as YamlSequenceNode;
            context.SensorValues.AddRange(values?.Scalars().Select(s => s.Value ?? "") ?? Enumerable.Empty<string>());
        }
    }
}
