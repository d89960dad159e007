using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// Emits the request builder of one URL node as Kiota does: <c>: BaseRequestBuilder</c>, a navigation property per
/// literal child, an indexer for a path-parameter child, the two constructors over the URL template, per operation
/// <c>{Verb}Async</c> (error mapping, <c>CancellationToken</c>) and <c>To{Verb}RequestInformation</c>, <c>WithUrl</c>, and
/// a nested <c>…{Verb}QueryParameters</c> class with <c>[QueryParameter]</c> per operation that has query parameters.
/// </summary>
public static class RequestBuilderEmitter
{
    /// <summary>The file of one node's builder.</summary>
    /// <param name="node">A node below the root.</param>
    /// <param name="types">The spec's type resolver.</param>
    /// <returns>The generated file.</returns>
    public static GeneratedFile Emit(UrlNode node, ClientTypeResolver types)
    {
        var template = UriTemplates.Of(node);
        var operations = (node.Path?.Operations ?? default).Select(o => OperationShape.Of(o, types)).OrderBy(o => o.Verb, System.StringComparer.Ordinal).ToList();
        var source = KiotaSourceFile.Write(node.Namespace, writer =>
        {
            writer.DocTag("summary", "Builds and executes requests for operations under " + string.Concat(node.SegmentsFromRoot().Select(s => "\\" + s)));
            if (UriTemplates.AbsoluteServer(node) is { } server)
            {
                writer.DocTag("remarks", $"This path has its own server in the spec, so the URL template is absolute ({server}) and does not follow the request adapter's base URL.");
            }

            writer.Line(SourceFile.GeneratedCodeAttribute);
            writer.Line($"public partial class {node.ClassName} : BaseRequestBuilder");
            using (writer.OpenBlock())
            {
                WriteNavigation(writer, node, types);
                WriteConstructors(writer, node, template);
                foreach (var operation in operations)
                {
                    WriteExecutor(writer, node, operation);
                }

                foreach (var operation in operations)
                {
                    WriteRequestInformation(writer, node, operation);
                }

                writer.DocTag("summary", "Returns a request builder with the provided arbitrary URL. Using this method means any other path or query parameters are ignored.");
                writer.Line($"/// <returns>A <see cref=\"{node.QualifiedName}\"/></returns>");
                writer.Line("/// <param name=\"rawUrl\">The raw URL to use for the request builder.</param>");
                writer.Line($"public {node.QualifiedName} WithUrl(string rawUrl)");
                using (writer.OpenBlock())
                {
                    writer.Line($"return new {node.QualifiedName}(rawUrl, RequestAdapter);");
                }

                foreach (var operation in operations.Where(o => o.QueryParameters.Count > 0))
                {
                    WriteQueryParameters(writer, node, operation, types);
                }
            }
        });
        return new GeneratedFile($"{node.Namespace}.{node.ClassName}.g.cs", source);
    }

    /// <summary>Writes the navigation properties and the indexer of a node (the root client's too).</summary>
    /// <param name="writer">The writer, inside the class.</param>
    /// <param name="node">The node.</param>
    /// <param name="types">The spec's type resolver.</param>
    public static void WriteNavigation(IndentedWriter writer, UrlNode node, ClientTypeResolver types)
    {
        // A literal child's builder is made once and kept: it copies this builder's path parameters, which never change
        // after construction, so every instance would be the same (three builders and their dictionaries were 768 bytes
        // of every `client.Api.V1.Prices` call). Sharing one is what Kiota's users do when they keep a builder.
        foreach (var child in node.LiteralChildren.OrderBy(c => c.ClassName, System.StringComparer.Ordinal))
        {
            var member = ClientNames.Member(child.Segment);
            var field = Identifiers.ToFieldName(member);
            writer.Line($"private {child.QualifiedName}? {field};");
            writer.DocTag("summary", $"The {child.Segment} property");
            writer.Line($"public {child.QualifiedName} {member}");
            using (writer.OpenBlock())
            {
                writer.Line($"get => {field} ??= new {child.QualifiedName}(PathParameters, RequestAdapter);");
            }
        }

        if (node.ParameterChild is not { } item)
        {
            return;
        }

        var parameter = PathParameterOf(item);
        var type = parameter is null ? null : types.Resolve(parameter.Schema);
        var typeName = type is { Kind: ClientTypeKind.Primitive or ClientTypeKind.Enum } && type.TypeName != "byte[]" ? type.TypeName : "string";
        writer.DocTag("summary", $"Gets an item from the {item.Namespace} collection");
        writer.Line($"/// <param name=\"position\">{XmlDoc.Escape(parameter?.Description ?? "Unique identifier of the item")}</param>");
        writer.Line($"/// <returns>A <see cref=\"{item.QualifiedName}\"/></returns>");
        writer.Line($"public {item.QualifiedName} this[{typeName} position]");
        using (writer.OpenBlock())
        {
            writer.Line("get");
            using (writer.OpenBlock())
            {
                writer.Line("var urlTplParams = new Dictionary<string, object>(PathParameters);");
                writer.Line($"urlTplParams.Add({CSharpLiteral.String(UriTemplates.VariableName(item.ParameterName))}, position);");
                writer.Line($"return new {item.QualifiedName}(urlTplParams, RequestAdapter);");
            }
        }
    }

    private static ApiParameter? PathParameterOf(UrlNode item) =>
        item.SelfAndDescendants().Where(n => n.Path is not null)
            .SelectMany(n => n.Path!.Operations).SelectMany(o => o.Parameters)
            .FirstOrDefault(p => p.In == "path" && p.Name == item.ParameterName);

    private static void WriteConstructors(IndentedWriter writer, UrlNode node, string template)
    {
        var literal = CSharpLiteral.String(template);
        writer.Line($"/// <summary>Instantiates a new <see cref=\"{node.QualifiedName}\"/> and sets the default values.</summary>");
        writer.Line("/// <param name=\"pathParameters\">Path parameters for the request</param>");
        writer.Line("/// <param name=\"requestAdapter\">The request adapter to use to execute the requests.</param>");
        writer.Line($"public {node.ClassName}(Dictionary<string, object> pathParameters, IRequestAdapter requestAdapter) : base(requestAdapter, {literal}, pathParameters)");
        using (writer.OpenBlock())
        {
        }

        writer.Line($"/// <summary>Instantiates a new <see cref=\"{node.QualifiedName}\"/> and sets the default values.</summary>");
        writer.Line("/// <param name=\"rawUrl\">The raw URL to use for the request builder.</param>");
        writer.Line("/// <param name=\"requestAdapter\">The request adapter to use to execute the requests.</param>");
        writer.Line($"public {node.ClassName}(string rawUrl, IRequestAdapter requestAdapter) : base(requestAdapter, {literal}, rawUrl)");
        using (writer.OpenBlock())
        {
        }
    }

    private static string ConfigurationType(UrlNode node, OperationShape operation) =>
        operation.QueryParameters.Count > 0
            ? $"Action<RequestConfiguration<{node.QualifiedName}.{QueryParametersClass(node, operation)}>>?"
            : "Action<RequestConfiguration<DefaultQueryParameters>>?";

    private static string QueryParametersClass(UrlNode node, OperationShape operation) => $"{node.ClassName}{operation.Verb}QueryParameters";

    private static string ReturnType(OperationShape operation) => operation.Response switch
    {
        null => "Task",
        { Kind: ClientTypeKind.Collection } list => $"Task<{list.TypeName}?>",
        { } single => $"Task<{single.NullableName}>",
    };

    private static void WriteOperationDocs(IndentedWriter writer, OperationShape operation)
    {
        var op = operation.Operation;
        writer.DocTag("summary", op.Description ?? op.Summary ?? $"{operation.Verb} {op.OperationId}");
        var assumptions = new[] { op.Assumed }.Concat(op.Responses.Select(r => r.Assumed is null ? null : $"{r.StatusCode} response: {r.Assumed}")).Where(a => a is not null).Distinct().ToList();
        if (assumptions.Count > 0)
        {
            writer.DocTag("remarks", "Assumed, not documented by the vendor: " + string.Join(" ", assumptions));
        }
    }

    private static void WriteExecutor(IndentedWriter writer, UrlNode node, OperationShape operation)
    {
        if (operation.Errors.Count > 0)
        {
            WriteErrorMapping(writer, operation);
        }

        WriteOperationDocs(writer, operation);
        if (operation.Response is { } response)
        {
            writer.Line($"/// <returns>A <see cref=\"{(response.Kind == ClientTypeKind.Collection ? "List{T}" : response.TypeName)}\"/></returns>");
        }

        if (operation.Body is not null)
        {
            writer.Line("/// <param name=\"body\">The request body</param>");
        }

        writer.Line("/// <param name=\"cancellationToken\">Cancellation token to use when cancelling requests</param>");
        writer.Line("/// <param name=\"requestConfiguration\">Configuration for the request such as headers, query parameters, and middleware options.</param>");
        foreach (var error in operation.Errors.GroupBy(e => e.Model))
        {
            writer.Line($"/// <exception cref=\"{error.Key}\">When receiving a {string.Join(" or ", error.Select(e => e.Key))} status code</exception>");
        }

        if (operation.Operation.Deprecated)
        {
            writer.Line("[Obsolete(\"The vendor has deprecated this operation.\")]");
        }

        var body = operation.Body is null ? "" : $"{operation.Body.TypeName} body, ";
        writer.Line($"public async {ReturnType(operation)} {operation.Verb}Async({body}{ConfigurationType(node, operation)} requestConfiguration = default, CancellationToken cancellationToken = default)");
        using (writer.OpenBlock())
        {
            if (operation.Body is not null)
            {
                writer.Line("_ = body ?? throw new ArgumentNullException(nameof(body));");
            }

            writer.Line($"var requestInfo = To{operation.Verb}RequestInformation({(operation.Body is null ? "" : "body, ")}requestConfiguration);");

            // The answer's bytes go back to the pool when the call has returned its model, not at a later collection.
            writer.Line("using var responseBody = global::ImageryContracts.Serialization.JsonBodyScope.Enter();");
            WriteSend(writer, operation.Response, operation.Errors.Count > 0 ? ErrorMappingName(operation) : "default");
        }
    }

    // Built once per operation rather than per call (a dictionary of two factories was 216 bytes of every call): the
    // adapter only looks factories up in it.
    private static void WriteErrorMapping(IndentedWriter writer, OperationShape operation)
    {
        writer.Line($"private static readonly Dictionary<string, ParsableFactory<IParsable>> {ErrorMappingName(operation)} = new Dictionary<string, ParsableFactory<IParsable>>");
        using (writer.OpenBlock("};"))
        {
            foreach (var (key, model) in operation.Errors)
            {
                writer.Line($"{{ {CSharpLiteral.String(key)}, {model}.CreateFromDiscriminatorValue }},");
            }
        }
    }

    private static string ErrorMappingName(OperationShape operation) => operation.Verb + "ErrorMapping";

    private static void WriteSend(IndentedWriter writer, ClientType? response, string mapping)
    {
        switch (response)
        {
            case null:
                writer.Line($"await RequestAdapter.SendNoContentAsync(requestInfo, {mapping}, cancellationToken).ConfigureAwait(false);");
                break;
            case { Kind: ClientTypeKind.Object or ClientTypeKind.Untyped }:
                writer.Line($"return await RequestAdapter.SendAsync<{response.TypeName}>(requestInfo, {response.TypeName}.CreateFromDiscriminatorValue, {mapping}, cancellationToken).ConfigureAwait(false);");
                break;
            case { Kind: ClientTypeKind.Collection, Item.Kind: ClientTypeKind.Object or ClientTypeKind.Untyped }:
                writer.Line($"var collectionResult = await RequestAdapter.SendCollectionAsync<{response.Item.TypeName}>(requestInfo, {response.Item.TypeName}.CreateFromDiscriminatorValue, {mapping}, cancellationToken).ConfigureAwait(false);");
                writer.Line("return collectionResult?.AsList();");
                break;
            case { Kind: ClientTypeKind.Collection }:
                var element = response.Item!.IsValueType ? response.Item.NullableName : response.Item.TypeName;
                writer.Line($"var collectionResult = await RequestAdapter.SendPrimitiveCollectionAsync<{element}>(requestInfo, {mapping}, cancellationToken).ConfigureAwait(false);");
                writer.Line("return collectionResult?.AsList();");
                break;
            default:
                writer.Line($"return await RequestAdapter.SendPrimitiveAsync<{response.NullableName}>(requestInfo, {mapping}, cancellationToken).ConfigureAwait(false);");
                break;
        }
    }

    private static void WriteRequestInformation(IndentedWriter writer, UrlNode node, OperationShape operation)
    {
        WriteOperationDocs(writer, operation);
        writer.Line("/// <returns>A <see cref=\"RequestInformation\"/></returns>");
        if (operation.Body is not null)
        {
            writer.Line("/// <param name=\"body\">The request body</param>");
        }

        writer.Line("/// <param name=\"requestConfiguration\">Configuration for the request such as headers, query parameters, and middleware options.</param>");
        if (operation.Operation.Deprecated)
        {
            writer.Line("[Obsolete(\"The vendor has deprecated this operation.\")]");
        }

        var body = operation.Body is null ? "" : $"{operation.Body.TypeName} body, ";
        writer.Line($"public RequestInformation To{operation.Verb}RequestInformation({body}{ConfigurationType(node, operation)} requestConfiguration = default)");
        using (writer.OpenBlock())
        {
            if (operation.Body is not null)
            {
                writer.Line("_ = body ?? throw new ArgumentNullException(nameof(body));");
            }

            writer.Line($"var requestInfo = new RequestInformation(Method.{operation.Operation.Method.ToUpperInvariant()}, UrlTemplate, PathParameters);");
            writer.Line("requestInfo.Configure(requestConfiguration);");
            if (operation.Accept is { } accept)
            {
                writer.Line($"requestInfo.Headers.TryAdd(\"Accept\", {CSharpLiteral.String(accept)});");
            }

            if (operation.Body is not null)
            {
                writer.Line($"requestInfo.SetContentFromParsable(RequestAdapter, {CSharpLiteral.String(operation.BodyMediaType!)}, body);");
            }

            writer.Line("return requestInfo;");
        }
    }

    private static void WriteQueryParameters(IndentedWriter writer, UrlNode node, OperationShape operation, ClientTypeResolver types)
    {
        var op = operation.Operation;
        writer.DocTag("summary", op.Summary ?? op.Description ?? $"The query parameters of {operation.Verb}.");
        writer.Line(SourceFile.GeneratedCodeAttribute);
        writer.Line($"public partial class {QueryParametersClass(node, operation)}");
        using (writer.OpenBlock())
        {
            foreach (var parameter in operation.QueryParameters.OrderBy(p => ClientNames.Member(p.Name), System.StringComparer.Ordinal))
            {
                var type = types.Resolve(parameter.Schema);
                writer.DocTag("summary", parameter.Description ?? $"The {parameter.Name} query parameter");
                if (type.Kind == ClientTypeKind.ExtensibleEnum)
                {
                    writer.Line($"[global::ImageryContracts.Rules.KnownValues(typeof({type.EnumTypeName}))]");
                }

                if (parameter.Deprecated)
                {
                    writer.Line("[Obsolete(\"The spec marks this parameter deprecated.\")]");
                }

                writer.Line($"[QueryParameter({CSharpLiteral.String(UriTemplates.VariableName(parameter.Name))})]");
                writer.Line($"public {QueryParameterType(type)} {ClientNames.Member(parameter.Name)} {{ get; set; }}");
            }
        }
    }

    private static string QueryParameterType(ClientType type) => type switch
    {
        { Kind: ClientTypeKind.Primitive or ClientTypeKind.Enum or ClientTypeKind.ExtensibleEnum } => type.NullableName,
        { Kind: ClientTypeKind.Collection, Item.Kind: ClientTypeKind.Primitive or ClientTypeKind.Enum or ClientTypeKind.ExtensibleEnum } =>
            (type.Item.IsValueType ? type.Item.NullableName : type.Item.TypeName) + "[]?",
        _ => "string?",
    };
}
