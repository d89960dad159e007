using System.Collections.Generic;
using System.Threading;
using ImageryContracts.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Generators.Parsing;

/// <summary>What every reader of one spec shares: the file, the YAML root, the diagnostics found so far.</summary>
internal sealed class ParseContext
{
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public ParseContext(string filePath, YamlMappingNode root, CancellationToken cancellationToken)
    {
        FilePath = filePath;
        Root = root;
        CancellationToken = cancellationToken;
    }

    public string FilePath { get; }

    public YamlMappingNode Root { get; }

    public CancellationToken CancellationToken { get; }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    /// <summary>The C# names of the component schemas, by their key under <c>components/schemas</c>.</summary>
    public Dictionary<string, string> ComponentNames { get; } = new();

    /// <summary>The wire values of the enum marked <c>x-imagery-role: sensor</c>, empty when the spec has none.</summary>
    public List<string> SensorValues { get; } = new();

    /// <summary>The name of the sensor enum, for messages.</summary>
    public string? SensorEnumName { get; set; }

    public void Report(DiagnosticDescriptor descriptor, YamlNode node, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationOf(FilePath, node), arguments));

    public NodeLocation NodeLocationOf(YamlNode node) => new(LocationOf(FilePath, node));

    /// <summary>Finds the node a local JSON pointer (<c>#/a/b</c>) names, or null.</summary>
    public YamlNode? Resolve(string pointer)
    {
        if (!pointer.StartsWith("#/", System.StringComparison.Ordinal))
        {
            return pointer == "#" ? Root : null;
        }

        YamlNode current = Root;
        foreach (var token in pointer.Substring(2).Split('/'))
        {
            var key = Helpers.JsonPointer.Unescape(token);
            switch (current)
            {
                case YamlMappingNode mapping when mapping.Get(key) is { } child:
                    current = child;
                    break;
                case YamlSequenceNode sequence when int.TryParse(key, out var index) && index >= 0 && index < sequence.Children.Count:
                    current = sequence.Children[index];
                    break;
                default:
                    return null;
            }
        }

        return current;
    }

    /// <summary>The location of a node: its YAML start and end marks as a span of the file.</summary>
    public static LocationInfo LocationOf(string filePath, YamlNode node) => LocationOf(filePath, node.Start, node.End);

    /// <summary>The location between two YAML marks.</summary>
    public static LocationInfo LocationOf(string filePath, Mark start, Mark end)
    {
        var startIndex = (int)start.Index;
        var endIndex = System.Math.Max(startIndex, (int)end.Index);
        return new LocationInfo(
            filePath,
            TextSpan.FromBounds(startIndex, endIndex),
            new LinePositionSpan(
                new LinePosition((int)start.Line - 1, (int)start.Column - 1),
                new LinePosition((int)end.Line - 1, (int)end.Column - 1)));
    }
}
