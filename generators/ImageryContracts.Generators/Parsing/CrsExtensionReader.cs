using System.Collections.Generic;
using ImageryContracts.Generators.Diagnostics;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Generators.Parsing;

/// <summary>
/// Reads <c>x-imagery-crs</c>: <c>{urn-prefix: "urn:ogc:def:crs:EPSG::", codes: [4326], ranges: [[32601, 32660]]}</c>.
/// </summary>
internal static class CrsExtensionReader
{
    private const string Key = "x-imagery-crs";

    public static ApiCrsCodeSet? Read(ParseContext context, YamlMappingNode schema, string pointer, string? type)
    {
        if (schema.Get(Key) is not { } node)
        {
            return null;
        }

        var extensionPointer = JsonPointer.Append(pointer, Key);
        if (type is not (null or "string"))
        {
            context.Report(DiagnosticDescriptors.MalformedExtension, node, Key, extensionPointer, $"it must sit on a string schema, not on one of type '{type}'");
            return null;
        }

        if (node is not YamlMappingNode mapping || mapping.GetString("urn-prefix") is not { Length: > 0 } prefix)
        {
            context.Report(DiagnosticDescriptors.MalformedExtension, node, Key, extensionPointer, "the value must be a mapping with 'urn-prefix' (e.g. \"urn:ogc:def:crs:EPSG::\"), 'codes' and/or 'ranges'");
            return null;
        }

        var codes = new List<int>();
        if (mapping.Get("codes") is { } codesNode && !ReadInts(codesNode, codes))
        {
            context.Report(DiagnosticDescriptors.MalformedExtension, codesNode, Key, extensionPointer, "'codes' must be a list of positive EPSG numbers");
            return null;
        }

        var ranges = new List<ApiCodeRange>();
        if (mapping.Get("ranges") is { } rangesNode && !ReadRanges(rangesNode, ranges))
        {
            context.Report(DiagnosticDescriptors.MalformedExtension, rangesNode, Key, extensionPointer, "'ranges' must be a list of [first, last] pairs of EPSG numbers with first <= last");
            return null;
        }

        if (codes.Count == 0 && ranges.Count == 0)
        {
            context.Report(DiagnosticDescriptors.MalformedExtension, node, Key, extensionPointer, "it accepts no code: give 'codes' or 'ranges'");
            return null;
        }

        return new ApiCrsCodeSet(prefix, codes.ToEquatableArray(), ranges.ToEquatableArray());
    }

    private static bool ReadInts(YamlNode node, List<int> into)
    {
        if (node is not YamlSequenceNode sequence)
        {
            return false;
        }

        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode scalar || !YamlNodes.TryGetInt(scalar, out var value) || value <= 0)
            {
                return false;
            }

            into.Add(value);
        }

        return true;
    }

    private static bool ReadRanges(YamlNode node, List<ApiCodeRange> into)
    {
        if (node is not YamlSequenceNode sequence)
        {
            return false;
        }

        foreach (var item in sequence.Children)
        {
            var pair = new List<int>();
            if (!ReadInts(item, pair) || pair.Count != 2 || pair[0] > pair[1])
            {
                return false;
            }

            into.Add(new ApiCodeRange(pair[0], pair[1]));
        }

        return true;
    }
}
