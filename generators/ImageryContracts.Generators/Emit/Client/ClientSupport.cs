using System;
using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Diagnostics;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// The constructs the client emitters cannot turn into correct code, each reported as IMG0008 (IMG0007 for two path
/// segments with one C# name) at its YAML position with its JSON pointer, so nothing is generated silently wrong.
/// Called by the parser, where the model's positions are fresh.
/// </summary>
public static class ClientSupport
{
    private static readonly string[] BodyMediaTypes = { "application/json", "application/x-www-form-urlencoded" };

    /// <summary>The diagnostics of a parsed spec's client-only problems.</summary>
    /// <param name="spec">The parsed spec.</param>
    /// <returns>The diagnostics, in document order.</returns>
    public static IEnumerable<DiagnosticInfo> Check(ApiSpec spec)
    {
        var types = new ClientTypeResolver(spec);
        var found = new List<DiagnosticInfo>();
        foreach (var schema in spec.Schemas)
        {
            CheckSchema(schema, types, found);
        }

        foreach (var path in spec.Paths)
        {
            CheckPath(path, found);
            foreach (var operation in path.Operations)
            {
                CheckOperation(operation, types, found);
            }
        }

        CheckTree(UrlTree.Build(spec), found);
        return found;
    }

    private static void CheckSchema(ApiSchema schema, ClientTypeResolver types, List<DiagnosticInfo> found)
    {
        if (schema.AllOf.Count(part => part.Ref is not null) > 1)
        {
            Report(found, schema.Location, "An allOf with more than one $ref", JsonPointer.Append(schema.Pointer, "allOf"), "a model derives from one base; keep one $ref and inline the other parts' properties.");
        }

        if (schema.OneOrManyItem is { } item && types.Resolve(item).Kind != ClientTypeKind.Object)
        {
            Report(found, schema.Location, "A oneOf or anyOf of one value or a list of values that are not objects", item.Pointer, "one-or-many members are read for object components only; $ref an object schema, or make the member an array.");
        }

        if (schema.Type == "array" && schema.Ref is null && types.Resolve(schema).Kind == ClientTypeKind.Untyped)
        {
            Report(found, schema.Location, "An array whose items are " + DescribeItems(schema, types), schema.Pointer, "arrays of scalars, enums or objects, and arrays of arrays of numbers, booleans or strings are supported; give the array such items.");
        }

        foreach (var child in schema.Properties.Select(p => p.Schema).Concat(schema.AllOf))
        {
            CheckSchema(child, types, found);
        }

        if (schema.Items is not null)
        {
            CheckSchema(schema.Items, types, found);
        }
    }

    private static string DescribeItems(ApiSchema array, ClientTypeResolver types)
    {
        if (array.Items is null)
        {
            return "not given ('items' is missing)";
        }

        var item = types.Resolve(array.Items);
        return item.Kind switch
        {
            ClientTypeKind.WireString => "wire strings converted with x-imagery-clr-type",
            ClientTypeKind.CrsCode => "CRS codes",
            ClientTypeKind.Collection or ClientTypeKind.NestedCollection or ClientTypeKind.Untyped => "arrays of objects, enums or other arrays",
            _ => "of an unsupported kind",
        };
    }

    private static void CheckPath(ApiPath path, List<DiagnosticInfo> found)
    {
        foreach (var segment in path.Template.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var braces = segment.IndexOf('{');
            if (braces >= 0 && (braces > 0 || !segment.EndsWith("}", StringComparison.Ordinal) || segment.IndexOf('{', 1) >= 0))
            {
                Report(found, path.Location, $"The path segment '{segment}'", path.Pointer, "a segment is either literal or one whole path parameter ('{id}'); split it.");
            }
        }

        if (path.Template.Trim('/').Length == 0 && !path.Operations.IsEmpty)
        {
            Report(found, path.Location, "Operations on the root path '/'", path.Pointer, "move them under a named segment.");
        }
    }

    private static void CheckOperation(ApiOperation operation, ClientTypeResolver types, List<DiagnosticInfo> found)
    {
        if (!operation.Servers.IsEmpty)
        {
            Report(found, operation.Location, "Operation-level servers", JsonPointer.Append(operation.Pointer, "servers"), "declare the server on the path item instead; the path's builder then gets an absolute URL template.");
        }

        foreach (var parameter in operation.Parameters)
        {
            CheckParameter(parameter, types, found);
        }

        if (operation.RequestBody is { } body)
        {
            var media = BodyMediaTypes.Select(type => body.Content.FirstOrDefault(c => c.MediaType == type)).FirstOrDefault(c => c is not null);
            if (media is null)
            {
                Report(found, body.Location, $"A request body of {string.Join(", ", body.Content.Select(c => c.MediaType))}", body.Pointer, "the client sends application/json or application/x-www-form-urlencoded bodies.");
            }
            else if (media.Schema is null || types.Resolve(media.Schema).Kind != ClientTypeKind.Object)
            {
                Report(found, body.Location, "A request body that is not an object schema", JsonPointer.Append(JsonPointer.Append(body.Pointer, "content"), media.MediaType), "define the body under components/schemas as an object and $ref it.");
            }
        }

        foreach (var response in operation.Responses)
        {
            CheckResponse(response, types, found);
        }
    }

    private static void CheckParameter(ApiParameter parameter, ClientTypeResolver types, List<DiagnosticInfo> found)
    {
        var type = types.Resolve(parameter.Schema);
        switch (parameter.In)
        {
            case "header" or "cookie":
                Report(found, parameter.Location, $"The {parameter.In} parameter '{parameter.Name}'", parameter.Pointer, "the client generates path and query parameters only; set the header through the request configuration or a Kiota middleware.");
                break;
            case "path" when type.Kind is not (ClientTypeKind.Primitive or ClientTypeKind.Enum) || type.TypeName == "byte[]":
            case "query" when !IsQueryType(type):
                Report(found, parameter.Location, $"The {parameter.In} parameter '{parameter.Name}' of this type", parameter.Pointer, "path parameters take scalars or enums, query parameters scalars, enums or arrays of them.");
                break;
        }
    }

    private static bool IsQueryType(ClientType type) =>
        type.Kind is ClientTypeKind.Primitive or ClientTypeKind.Enum or ClientTypeKind.ExtensibleEnum
        || (type.Kind == ClientTypeKind.Collection && type.Item!.Kind is ClientTypeKind.Primitive or ClientTypeKind.Enum or ClientTypeKind.ExtensibleEnum);

    private static void CheckResponse(ApiResponse response, ClientTypeResolver types, List<DiagnosticInfo> found)
    {
        if (response.Content.IsEmpty)
        {
            return;
        }

        var schema = OperationShape.JsonSchemaOf(response);
        if (schema is null && FileResponses.FileMediaTypeOf(response) is not null)
        {
            return;
        }

        if (schema is null)
        {
            Report(found, response.Location, $"A response of {string.Join(", ", response.Content.Select(c => c.MediaType))}", response.Pointer, "the client reads application/json responses; describe the body as JSON.");
            return;
        }

        var target = types.Target(schema);
        if (target.Name is null && (!target.Properties.IsEmpty || !target.AllOf.IsEmpty))
        {
            Report(found, response.Location, "An inline object schema in a response", response.Pointer, "define it under components/schemas and $ref it, so it becomes a named model.");
        }
        else if (ClientModels.IsErrorStatus(response.StatusCode) && types.Resolve(schema).Kind != ClientTypeKind.Object)
        {
            Report(found, response.Location, "An error response that is not an object schema", response.Pointer, "error bodies become exceptions; $ref an object schema.");
        }
    }

    private static void CheckTree(UrlNode root, List<DiagnosticInfo> found)
    {
        foreach (var node in root.SelfAndDescendants())
        {
            var parameters = node.Children.Where(c => c.IsParameter).ToList();
            if (parameters.Count > 1)
            {
                var path = FirstPathBelow(parameters[1]);
                Report(found, path.Location, $"The path parameters {string.Join(" and ", parameters.Select(p => p.Segment))} at the same position", path.Pointer, "name the parameter the same in every path.");
            }

            foreach (var clash in node.LiteralChildren.GroupBy(c => c.ClassName).Where(g => g.Count() > 1))
            {
                var path = FirstPathBelow(clash.Last());
                found.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateName, path.Location.Info, clash.Last().Segment, path.Pointer, clash.Key, clash.First().Segment));
            }
        }
    }

    private static ApiPath FirstPathBelow(UrlNode node) => node.SelfAndDescendants().First(n => n.Path is not null).Path!;

    private static void Report(List<DiagnosticInfo> found, NodeLocation location, string what, string pointer, string fix) =>
        found.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, location.Info, what, pointer, fix));
}
