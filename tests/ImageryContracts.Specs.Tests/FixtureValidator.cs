using System.Collections.Concurrent;
using NJsonSchema;
using NJsonSchema.Validation;
using NSwag;

namespace ImageryContracts.Specs.Tests;

/// <summary>
/// Validates a fixture against the schema its spec gives the operation's request body or response, through NSwag's
/// reading of the spec and NJsonSchema's validator (OpenAPI 3 rules, so <c>nullable</c> is honoured).
/// </summary>
internal static class FixtureValidator
{
    private static readonly ConcurrentDictionary<string, Task<OpenApiDocument>> Documents = new();

    /// <summary>Every error, nested ones included, as "Kind at path".</summary>
    public static Task<IReadOnlyList<string>> ValidateAsync(FixtureTarget target) =>
        ValidateAsync(target.Vendor, new SpecBody(target.Path, target.Method, target.Status), target.Json, _ => true);

    /// <summary>Every error of a JSON text against the body of an operation, nested ones included, as "Kind at path".</summary>
    /// <param name="vendor">The spec's vendor folder.</param>
    /// <param name="body">The operation's request body or response.</param>
    /// <param name="json">The payload.</param>
    /// <param name="counts">Which errors count (an excerpt leaves required members out on purpose).</param>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string vendor, SpecBody body, string json, Func<ValidationError, bool> counts)
    {
        var schema = await SchemaForAsync(vendor, body);
        var errors = schema.Validate(json, SchemaType.OpenApi3);
        return Flatten(errors, counts).ToList();
    }

    private static async Task<JsonSchema> SchemaForAsync(string vendor, SpecBody body)
    {
        var document = await Documents.GetOrAdd(vendor, name => OpenApiYamlDocument.FromFileAsync(Spec.Named(name).YamlPath));
        if (!document.Paths.TryGetValue(body.Path, out var pathItem) || !pathItem.TryGetValue(body.Method, out var operation))
        {
            throw new KeyNotFoundException($"{vendor}.yaml has no operation {body.Method.ToUpperInvariant()} {body.Path}.");
        }

        var content = body.Status is null
            ? operation.RequestBody?.Content
            : operation.ActualResponses.TryGetValue(body.Status, out var response) ? response.Content : null;
        var media = content is not null && content.TryGetValue("application/json", out var json)
            ? json
            : throw new KeyNotFoundException($"{body} has no application/json body in {vendor}.yaml.");
        return media.Schema.ActualSchema;
    }

    /// <summary>The counted errors; a composite error (allOf, oneOf, a property's schema) counts when one of its own does.</summary>
    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors, Func<ValidationError, bool> counts)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child)
            {
                var nested = Flatten(child.Errors.Values.SelectMany(e => e), counts).ToList();
                if (nested.Count > 0)
                {
                    yield return $"{error.Kind} at {error.Path}";
                    foreach (var line in nested)
                    {
                        yield return line;
                    }
                }
            }
            else if (counts(error))
            {
                yield return $"{error.Kind} at {error.Path}";
            }
        }
    }
}
