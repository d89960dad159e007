using System;
using ImageryContracts.Generators.Diagnostics;
using ImageryContracts.Generators.Helpers;
using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Generators.Parsing;

/// <summary>
/// Follows a <c>$ref</c> to a reusable component other than a schema (parameter, request body, response, header,
/// example): those are inlined where used, since they become no type of their own.
/// </summary>
internal static class ReferenceFollower
{
    /// <summary>
    /// The node a mapping stands for: itself, or the target of its <c>$ref</c> with the target's pointer; null (after a
    /// diagnostic) when the reference resolves nowhere or leaves the file.
    /// </summary>
    public static (YamlMappingNode Node, string Pointer)? Follow(ParseContext context, YamlNode node, string pointer)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Report(DiagnosticDescriptors.UnsupportedConstruct, node, "A value that is not a mapping", pointer, "write it as an OpenAPI object.");
            return null;
        }

        if (mapping.Get("$ref") is not { } refNode)
        {
            return (mapping, pointer);
        }

        var target = (refNode as YamlScalarNode)?.Value ?? "";
        if (!target.StartsWith("#", StringComparison.Ordinal))
        {
            context.Report(DiagnosticDescriptors.UnsupportedConstruct, refNode, $"The external $ref '{target}'", pointer, "the spec must be one self-contained file; move the target under '#/components'.");
            return null;
        }

        if (context.Resolve(target) is not YamlMappingNode resolved)
        {
            context.Report(DiagnosticDescriptors.UnresolvedReference, refNode, target, pointer);
            return null;
        }

        if (resolved.Get("$ref") is not null)
        {
            context.Report(DiagnosticDescriptors.UnsupportedConstruct, refNode, $"The $ref '{target}'", pointer, "it points at another $ref; point at the final definition.");
            return null;
        }

        return (resolved, target == JsonPointer.Root ? pointer : target);
    }
}
