using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Diagnostics;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Generators.Parsing;

/// <summary>
/// Reads a string enum's values with their names (<c>x-enum-varnames</c>), docs (<c>x-enum-descriptions</c>) and rules
/// (<c>x-imagery-sensors</c>, <c>x-imagery-deprecated</c>, <c>x-imagery-alternatives</c>, <c>x-imagery-sensor-of</c>), checking that every rule entry
/// names a value the enum (or the sensor enum) has.
/// </summary>
internal sealed class EnumValueReader
{
    private readonly ParseContext _context;

    public EnumValueReader(ParseContext context) => _context = context;

    /// <summary>Reads the values listed under <paramref name="valuesNode"/> of the enum schema <paramref name="mapping"/>.</summary>
    public EquatableArray<ApiEnumValue> Read(YamlMappingNode mapping, string pointer, string enumName, YamlNode valuesNode, string valuesKey)
    {
        if (valuesNode is not YamlSequenceNode sequence)
        {
            _context.Report(DiagnosticDescriptors.MalformedExtension, valuesNode, valuesKey, JsonPointer.Append(pointer, valuesKey), "the value must be a list of strings");
            return EquatableArray<ApiEnumValue>.Empty;
        }

        var listed = sequence.Children.OfType<YamlScalarNode>().Where(s => !YamlNodes.IsNull(s)).ToList();
        var varNames = ReadParallelList(mapping, pointer, "x-enum-varnames", listed.Count);
        var descriptions = ReadParallelList(mapping, pointer, "x-enum-descriptions", listed.Count);
        var values = new List<(ApiEnumValue Value, YamlScalarNode Node)>();
        var memberOwners = new Dictionary<string, string>();
        for (var i = 0; i < listed.Count; i++)
        {
            var wire = listed[i].Value ?? "";
            if (values.Any(v => v.Value.WireValue == wire))
            {
                _context.Report(DiagnosticDescriptors.DuplicateWireValue, listed[i], pointer, wire);
                continue;
            }

            var nameNode = varNames?[i] ?? listed[i];
            var memberName = varNames?[i].Value ?? Identifiers.ToPascalCase(wire);
            if (!Identifiers.IsValid(memberName))
            {
                _context.Report(DiagnosticDescriptors.InvalidIdentifier, nameNode, wire, pointer, memberName);
                continue;
            }

            if (memberOwners.TryGetValue(memberName, out var owner))
            {
                _context.Report(DiagnosticDescriptors.DuplicateName, nameNode, wire, pointer, memberName, owner);
                continue;
            }

            memberOwners[memberName] = wire;
            values.Add((new ApiEnumValue { WireValue = wire, MemberName = memberName, Description = descriptions?[i].Value }, listed[i]));
        }

        var known = values.Select(v => v.Value.WireValue).ToList();
        var rules = new EnumRuleReader(_context, mapping, pointer, enumName, known);
        return values
            .Select(v => v.Value with
            {
                Sensors = rules.SensorsOf(v.Value.WireValue),
                Deprecation = rules.DeprecationOf(v.Value.WireValue),
                Alternatives = rules.AlternativesOf(v.Value.WireValue),
                SensorOf = rules.SensorOf(v.Value.WireValue),
            })
            .ToEquatableArray();
    }

    private List<YamlScalarNode>? ReadParallelList(YamlMappingNode mapping, string pointer, string key, int count)
    {
        if (mapping.Get(key) is not { } node)
        {
            return null;
        }

        if (node is YamlSequenceNode sequence && sequence.Children.Count == count && sequence.Children.All(c => c is YamlScalarNode))
        {
            return sequence.Children.Cast<YamlScalarNode>().ToList();
        }

        _context.Report(DiagnosticDescriptors.MalformedExtension, node, key, JsonPointer.Append(pointer, key), $"the value must be a list of {count} strings, one per enum value in the same order");
        return null;
    }
}
