using System;
using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// What one operation's executor and request-information methods need: the verb, the body and its media type, the
/// success type and the Kiota send method it takes, and the error mapping.
/// </summary>
public sealed class OperationShape
{
    /// <summary>Structured media types in Kiota's order of preference (its default <c>structuredMimeTypes</c>).</summary>
    private static readonly string[] BodyMediaTypes = { "application/json", "application/x-www-form-urlencoded" };

    /// <summary>Success codes in the order Kiota looks for the response schema.</summary>
    private static readonly string[] SuccessCodes = { "200", "201", "202", "203", "206", "2XX" };

    private OperationShape(ApiOperation operation)
    {
        Operation = operation;
        Verb = operation.Method.Substring(0, 1).ToUpperInvariant() + operation.Method.Substring(1).ToLowerInvariant();
    }

    /// <summary>The operation.</summary>
    public ApiOperation Operation { get; }

    /// <summary>The verb in PascalCase (<c>Get</c>, <c>Post</c>).</summary>
    public string Verb { get; }

    /// <summary>The body's model type, when the operation takes a body.</summary>
    public ClientType? Body { get; private set; }

    /// <summary>The body's media type.</summary>
    public string? BodyMediaType { get; private set; }

    /// <summary>The success response's type; null when the operation returns no content.</summary>
    public ClientType? Response { get; private set; }

    /// <summary>Whether any response has JSON content, so the request asks for it.</summary>
    public bool AcceptsJson { get; private set; }

    /// <summary>The request's <c>Accept</c> header: JSON, or a file's media type first (<see cref="FileResponses"/>); null for none.</summary>
    public string? Accept { get; private set; }

    /// <summary>The error mapping: Kiota's status key (<c>4XX</c>, <c>404</c>, <c>XXX</c>) and the error model.</summary>
    public List<(string Key, string Model)> Errors { get; } = new();

    /// <summary>The query parameters of this operation.</summary>
    public List<ApiParameter> QueryParameters => Operation.Parameters.Where(p => p.In == "query").ToList();

    /// <summary>Works out the shape of an operation.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="types">The spec's type resolver.</param>
    /// <returns>The shape.</returns>
    public static OperationShape Of(ApiOperation operation, ClientTypeResolver types)
    {
        var shape = new OperationShape(operation);
        if (operation.RequestBody is { } body)
        {
            var media = BodyMediaTypes.Select(type => body.Content.FirstOrDefault(c => c.MediaType == type && c.Schema is not null)).FirstOrDefault(c => c is not null);
            if (media is not null)
            {
                shape.Body = types.Resolve(media.Schema!);
                shape.BodyMediaType = media.MediaType;
            }
        }

        var success = SuccessCodes.Select(code => operation.Responses.FirstOrDefault(r => r.StatusCode == code)).FirstOrDefault(r => r is not null && JsonSchemaOf(r) is not null);
        if (success is not null)
        {
            shape.Response = types.Resolve(JsonSchemaOf(success)!);
        }

        shape.AcceptsJson = operation.Responses.Any(r => JsonSchemaOf(r) is not null);
        shape.Accept = shape.AcceptsJson ? "application/json" : null;
        var file = success is null ? SuccessCodes.Select(code => operation.Responses.FirstOrDefault(r => r.StatusCode == code)).Select(r => r is null ? null : FileResponses.FileMediaTypeOf(r)).FirstOrDefault(m => m is not null) : null;
        if (file is not null)
        {
            shape.Response = FileResponses.StreamType;
            shape.Accept = FileResponses.Accept(file, shape.AcceptsJson);
        }
        foreach (var response in operation.Responses.Where(r => ClientModels.IsErrorStatus(r.StatusCode)))
        {
            if (JsonSchemaOf(response) is { } schema && types.Resolve(schema) is { Kind: ClientTypeKind.Object } error)
            {
                shape.Errors.Add((response.StatusCode == "default" ? "XXX" : response.StatusCode.ToUpperInvariant(), error.TypeName));
            }
        }

        return shape;
    }

    /// <summary>The JSON schema of a response, if it has one.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The schema.</returns>
    public static ApiSchema? JsonSchemaOf(ApiResponse response) =>
        response.Content.FirstOrDefault(c => c.MediaType == "application/json" || c.MediaType.EndsWith("+json", StringComparison.Ordinal))?.Schema;
}
