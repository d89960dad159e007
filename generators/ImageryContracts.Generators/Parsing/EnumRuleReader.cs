using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Diagnostics;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Generators.Parsing;

/// <summary>
/// Reads the rule extensions of one enum schema (maps keyed by wire value) and checks every value they name against
/// the enum's values, or against the sensor enum's values for sensors. Entries naming unknown values are reported
/// (IMG0004) and left out.
/// </summary>
internal sealed class EnumRuleReader
{
    private const string SensorsKey = "x-imagery-sensors";
    private const string DeprecatedKey = "x-imagery-deprecated";
    private const string AlternativesKey = "x-imagery-alternatives";
    private const string SensorOfKey = "x-imagery-sensor-of";

    private readonly ParseContext _context;
    private readonly string _pointer;
    private readonly string _enumName;
    private readonly List<string> _values;
    private readonly Dictionary<string, EquatableArray<string>> _sensors = new();
    private readonly Dictionary<string, ApiDeprecation> _deprecations = new();
    private readonly Dictionary<string, EquatableArray<string>> _alternatives = new();
    private readonly Dictionary<string, string> _sensorOf = new();

    public EnumRuleReader(ParseContext context, YamlMappingNode mapping, string pointer, string enumName, List<string> values)
    {
        _context = context;
        _pointer = pointer;
        _enumName = enumName;
        _values = values;
        ReadSensors(mapping);
        ReadDeprecations(mapping);
        ReadAlternatives(mapping);
        ReadSensorOf(mapping);
    }

    public EquatableArray<string>? SensorsOf(string wireValue) =>
        _sensors.TryGetValue(wireValue, out var sensors) ? sensors : null;

    public ApiDeprecation? DeprecationOf(string wireValue) =>
        _deprecations.TryGetValue(wireValue, out var deprecation) ? deprecation : null;

    public EquatableArray<string> AlternativesOf(string wireValue) =>
        _alternatives.TryGetValue(wireValue, out var alternatives) ? alternatives : EquatableArray<string>.Empty;

    public string? SensorOf(string wireValue) =>
        _sensorOf.TryGetValue(wireValue, out var sensor) ? sensor : null;

    private void ReadSensors(YamlMappingNode mapping)
    {
        if (EntriesOf(mapping, SensorsKey) is not { } entries)
        {
            return;
        }

        if (_context.SensorEnumName is null)
        {
            _context.Report(DiagnosticDescriptors.MalformedExtension, mapping.KeyOf(SensorsKey)!, SensorsKey, Pointer(SensorsKey), "it names sensors, but no enum schema in the spec is marked 'x-imagery-role: sensor'");
            return;
        }

        foreach (var (value, node) in entries)
        {
            if (ListOf(node, SensorsKey, "a list of sensor values") is { } sensors)
            {
                var unknown = sensors.Where(s => !_context.SensorValues.Contains(s.Value ?? "")).ToList();
                foreach (var sensor in unknown)
                {
                    _context.Report(DiagnosticDescriptors.RuleNamesUnknownValue, sensor, SensorsKey, Pointer(SensorsKey), sensor.Value ?? "", "the sensor enum " + _context.SensorEnumName, string.Join(", ", _context.SensorValues));
                }

                if (unknown.Count == 0)
                {
                    _sensors[value] = sensors.Select(s => s.Value ?? "").ToEquatableArray();
                }
            }
        }
    }

    private void ReadDeprecations(YamlMappingNode mapping)
    {
        if (EntriesOf(mapping, DeprecatedKey) is not { } entries)
        {
            return;
        }

        foreach (var (value, node) in entries)
        {
            if (node is not YamlMappingNode deprecation || deprecation.GetString("reason") is not { Length: > 0 } reason)
            {
                _context.Report(DiagnosticDescriptors.MalformedExtension, node, DeprecatedKey, Pointer(DeprecatedKey), $"the entry for '{value}' must be a mapping with a 'reason' (and optionally a 'replacement')");
                continue;
            }

            var replacementNode = deprecation.Get("replacement") as YamlScalarNode;
            if (replacementNode is not null && !IsKnown(replacementNode, DeprecatedKey))
            {
                continue;
            }

            _deprecations[value] = new ApiDeprecation(reason, replacementNode?.Value);
        }
    }

    private void ReadAlternatives(YamlMappingNode mapping)
    {
        if (EntriesOf(mapping, AlternativesKey) is not { } entries)
        {
            return;
        }

        foreach (var (value, node) in entries)
        {
            if (ListOf(node, AlternativesKey, "a list of values of the same enum") is { } alternatives
                && alternatives.Count(a => !IsKnown(a, AlternativesKey)) == 0)
            {
                _alternatives[value] = alternatives.Select(a => a.Value ?? "").ToEquatableArray();
            }
        }
    }

    private void ReadSensorOf(YamlMappingNode mapping)
    {
        if (EntriesOf(mapping, SensorOfKey) is not { } entries)
        {
            return;
        }

        if (_context.SensorEnumName is null)
        {
            _context.Report(DiagnosticDescriptors.MalformedExtension, mapping.KeyOf(SensorOfKey)!, SensorOfKey, Pointer(SensorOfKey), "it names sensors, but no enum schema in the spec is marked 'x-imagery-role: sensor'");
            return;
        }

        foreach (var (value, node) in entries)
        {
            if (node is not YamlScalarNode { Value: { } sensor } scalar || YamlNodes.IsNull(scalar))
            {
                _context.Report(DiagnosticDescriptors.MalformedExtension, node, SensorOfKey, Pointer(SensorOfKey), $"the entry for '{value}' must be one sensor value");
            }
            else if (!_context.SensorValues.Contains(sensor))
            {
                _context.Report(DiagnosticDescriptors.RuleNamesUnknownValue, scalar, SensorOfKey, Pointer(SensorOfKey), sensor, "the sensor enum " + _context.SensorEnumName, string.Join(", ", _context.SensorValues));
            }
            else
            {
                _sensorOf[value] = sensor;
            }
        }
    }

    /// <summary>The entries of a rule map whose keys are values of this enum; unknown keys are reported.</summary>
    private List<(string Value, YamlNode Node)>? EntriesOf(YamlMappingNode mapping, string key)
    {
        switch (mapping.Get(key))
        {
            case null:
                return null;
            case YamlMappingNode map:
                var entries = new List<(string, YamlNode)>();
                foreach (var entry in map.Children)
                {
                    if (entry.Key is YamlScalarNode scalar && IsKnown(scalar, key))
                    {
                        entries.Add((scalar.Value ?? "", entry.Value));
                    }
                }

                return entries;
            case { } other:
                _context.Report(DiagnosticDescriptors.MalformedExtension, other, key, Pointer(key), "the value must be a mapping keyed by the enum's wire values");
                return null;
        }
    }

    private List<YamlScalarNode>? ListOf(YamlNode node, string key, string what)
    {
        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode))
        {
            return sequence.Children.Cast<YamlScalarNode>().ToList();
        }

        _context.Report(DiagnosticDescriptors.MalformedExtension, node, key, Pointer(key), "each entry's value must be " + what);
        return null;
    }

    private bool IsKnown(YamlScalarNode node, string key)
    {
        if (_values.Contains(node.Value ?? ""))
        {
            return true;
        }

        _context.Report(DiagnosticDescriptors.RuleNamesUnknownValue, node, key, Pointer(key), node.Value ?? "", "the enum " + _enumName, string.Join(", ", _values));
        return false;
    }

    private string Pointer(string key) => JsonPointer.Append(_pointer, key);
}
