using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImageryContracts.Generators.Diagnostics;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Generators.Parsing;

/// <summary>Reads <c>paths</c>: path items, operations, parameters, request bodies and responses.</summary>
internal sealed class OperationReader
{
    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    private readonly ParseContext _context;
    private readonly SchemaReader _schemas;
    private readonly EquatableArray<string> _documentSecurity;

    public OperationReader(ParseContext context, SchemaReader schemas, EquatableArray<string> documentSecurity)
    {
        _context = context;
        _schemas = schemas;
        _documentSecurity = documentSecurity;
    }

    /// <summary>Reads the document's <c>paths</c>.</summary>
    public EquatableArray<ApiPath> ReadPaths(YamlMappingNode root) =>
        FollowedEntries(root, JsonPointer.Root, "paths").Select(e => ReadPath(e.Key, e.Node, e.Pointer)).ToEquatableArray();

    /// <summary>Reads a <c>servers</c> list.</summary>
    public static EquatableArray<ApiServer> ReadServers(ParseContext context, YamlMappingNode owner, string pointer)
    {
        if (owner.Get("servers") is not YamlSequenceNode servers)
        {
            return EquatableArray<ApiServer>.Empty;
        }

        var result = new List<ApiServer>();
        foreach (var server in servers.Children.OfType<YamlMappingNode>())
        {
            if (server.KeyOf("variables") is { } variables)
            {
                context.Report(DiagnosticDescriptors.UnsupportedConstruct, variables, "Server variables", JsonPointer.Append(pointer, "servers"), "write the server URL in full.");
            }

            result.Add(new ApiServer(server.GetString("url") ?? "", server.GetString("description")));
        }

        return result.ToEquatableArray();
    }

    /// <summary>Reads a <c>security</c> requirement list into the scheme names it uses.</summary>
    public static EquatableArray<string> ReadSecurity(YamlMappingNode owner) =>
        owner.Get("security") is YamlSequenceNode requirements
            ? requirements.Children.OfType<YamlMappingNode>()
                .SelectMany(r => r.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? ""))
                .Distinct()
                .ToEquatableArray()
            : EquatableArray<string>.Empty;

    private ApiPath ReadPath(string template, YamlMappingNode item, string pointer)
    {
        var pathParameters = ReadParameters(item, pointer);
        var operations = new List<ApiOperation>();
        foreach (var method in Methods)
        {
            if (item.Get(method) is { } operation)
            {
                operations.Add(ReadOperation(method, operation, JsonPointer.Append(pointer, method), pathParameters));
            }
        }

        return new ApiPath
        {
            Template = template,
            Summary = item.GetString("summary"),
            Description = item.GetString("description"),
            Servers = ReadServers(_context, item, pointer),
            Operations = operations.ToEquatableArray(),
            Pointer = pointer,
            Location = _context.NodeLocationOf(item),
        };
    }

    private ApiOperation ReadOperation(string method, YamlNode node, string pointer, List<ApiParameter> pathParameters)
    {
        _context.CancellationToken.ThrowIfCancellationRequested();
        if (node is not YamlMappingNode operation)
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, node, "An operation that is not a mapping", pointer, "write the operation as an OpenAPI operation object.");
            return new ApiOperation { Method = method.ToUpperInvariant(), Pointer = pointer, Location = _context.NodeLocationOf(node) };
        }

        if (operation.KeyOf("callbacks") is { } callbacks)
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, callbacks, "'callbacks'", JsonPointer.Append(pointer, "callbacks"), "the generated client makes calls, it does not receive them; remove the callbacks.");
        }

        var own = ReadParameters(operation, pointer);
        var merged = pathParameters.Where(p => !own.Any(o => o.Name == p.Name && o.In == p.In)).Concat(own);
        return new ApiOperation
        {
            Method = method.ToUpperInvariant(),
            OperationId = operation.GetString("operationId"),
            Summary = operation.GetString("summary"),
            Description = operation.GetString("description"),
            Tags = operation.Get("tags") is YamlSequenceNode tags ? tags.Scalars().Select(t => t.Value ?? "").ToEquatableArray() : EquatableArray<string>.Empty,
            Parameters = merged.ToEquatableArray(),
            RequestBody = operation.Get("requestBody") is { } body ? ReadRequestBody(body, JsonPointer.Append(pointer, "requestBody")) : null,
            Responses = ReadResponses(operation, pointer),
            Servers = ReadServers(_context, operation, pointer),
            Security = operation.Get("security") is null ? _documentSecurity : ReadSecurity(operation),
            Deprecated = operation.GetBool("deprecated"),
            Assumed = operation.GetString("x-imagery-assumed"),
            Pointer = pointer,
            Location = _context.NodeLocationOf(operation),
        };
    }

    private List<ApiParameter> ReadParameters(YamlMappingNode owner, string ownerPointer)
    {
        var result = new List<ApiParameter>();
        if (owner.Get("parameters") is not YamlSequenceNode parameters)
        {
            return result;
        }

        var listPointer = JsonPointer.Append(ownerPointer, "parameters");
        for (var i = 0; i < parameters.Children.Count; i++)
        {
            if (ReferenceFollower.Follow(_context, parameters.Children[i], JsonPointer.Append(listPointer, Index(i))) is (var parameter, var pointer))
            {
                result.Add(ReadParameter(parameter, pointer));
            }
        }

        return result;
    }

    private ApiParameter ReadParameter(YamlMappingNode parameter, string pointer)
    {
        var location = parameter.GetString("in") ?? "";
        if (parameter.KeyOf("content") is { } content)
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, content, "A parameter described by 'content'", pointer, "describe the parameter with 'schema'.");
        }

        return new ApiParameter
        {
            Name = parameter.GetString("name") ?? "",
            In = location,
            Required = location == "path" || parameter.GetBool("required"),
            Description = parameter.GetString("description"),
            Schema = ReadSchemaOf(parameter, pointer),
            Style = parameter.GetString("style"),
            Explode = parameter.GetOptionalBool("explode"),
            Deprecated = parameter.GetBool("deprecated"),
            ExampleJson = parameter.Get("example") is { } example ? YamlJson.Write(example) : null,
            Assumed = parameter.GetString("x-imagery-assumed"),
            Pointer = pointer,
            Location = _context.NodeLocationOf(parameter),
        };
    }

    private ApiRequestBody? ReadRequestBody(YamlNode node, string pointer)
    {
        if (ReferenceFollower.Follow(_context, node, pointer) is not (var body, var bodyPointer))
        {
            return null;
        }

        return new ApiRequestBody
        {
            Required = body.GetBool("required"),
            Description = body.GetString("description"),
            Content = ReadContent(body, bodyPointer),
            Pointer = bodyPointer,
            Location = _context.NodeLocationOf(body),
        };
    }

    private EquatableArray<ApiResponse> ReadResponses(YamlMappingNode operation, string operationPointer) =>
        FollowedEntries(operation, operationPointer, "responses")
            .Select(e => new ApiResponse
            {
                StatusCode = e.Key,
                Description = e.Node.GetString("description"),
                Content = ReadContent(e.Node, e.Pointer),
                Headers = FollowedEntries(e.Node, e.Pointer, "headers").Select(h => new ApiHeader(h.Key, h.Node.GetString("description"), ReadSchemaOf(h.Node, h.Pointer))).ToEquatableArray(),
                Assumed = e.Node.GetString("x-imagery-assumed"),
                Pointer = e.Pointer,
                Location = _context.NodeLocationOf(e.Node),
            })
            .ToEquatableArray();

    private EquatableArray<ApiMediaType> ReadContent(YamlMappingNode owner, string ownerPointer)
    {
        if (owner.Get("content") is not YamlMappingNode content)
        {
            return EquatableArray<ApiMediaType>.Empty;
        }

        var result = new List<ApiMediaType>();
        var contentPointer = JsonPointer.Append(ownerPointer, "content");
        foreach (var entry in content.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } mediaType } || entry.Value is not YamlMappingNode media)
            {
                continue;
            }

            var pointer = JsonPointer.Append(contentPointer, mediaType);
            result.Add(new ApiMediaType
            {
                MediaType = mediaType,
                Schema = media.Get("schema") is { } schema ? _schemas.Read(schema, JsonPointer.Append(pointer, "schema")) : null,
                ExampleJson = media.Get("example") is { } example ? YamlJson.Write(example) : null,
                Examples = ReadExamples(media, pointer),
            });
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<ApiExample> ReadExamples(YamlMappingNode media, string mediaPointer) =>
        FollowedEntries(media, mediaPointer, "examples")
            .Select(e => new ApiExample(e.Key, e.Node.GetString("summary"), e.Node.Get("value") is { } value ? YamlJson.Write(value) : "null"))
            .ToEquatableArray();

    /// <summary>The entries of the map under <paramref name="key"/>, each followed through its <c>$ref</c>.</summary>
    private IEnumerable<(string Key, YamlMappingNode Node, string Pointer)> FollowedEntries(YamlMappingNode owner, string ownerPointer, string key)
    {
        if (owner.Get(key) is not YamlMappingNode map)
        {
            yield break;
        }

        var mapPointer = JsonPointer.Append(ownerPointer, key);
        foreach (var entry in map.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } name }
                && ReferenceFollower.Follow(_context, entry.Value, JsonPointer.Append(mapPointer, name)) is (var node, var pointer))
            {
                yield return (name, node, pointer);
            }
        }
    }

    private ApiSchema ReadSchemaOf(YamlMappingNode owner, string ownerPointer) =>
        owner.Get("schema") is { } schema ? _schemas.Read(schema, JsonPointer.Append(ownerPointer, "schema")) : new ApiSchema { Pointer = JsonPointer.Append(ownerPointer, "schema") };

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
