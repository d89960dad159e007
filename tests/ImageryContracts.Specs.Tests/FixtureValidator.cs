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
    public static Task<IReadOnlyList<string>> ValidateAsync(FixtureTarget target) => ValidateAsync(target, target.Json);

    /// <summary>Every error of <paramref name="json"/> against the schema of the target's operation, as "Kind at path".</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(FixtureTarget target, string json)
    {
        var schema = await SchemaForAsync(target);
        var errors = schema.Validate(json, SchemaType.OpenApi3);
        return Flatten(errors).ToList();
    }

    private static async Task<JsonSchema> SchemaForAsync(FixtureTarget target)
    {
        var document = await Documents.GetOrAdd(target.Vendor, vendor => OpenApiYamlDocument.FromFileAsync(Spec.Named(vendor).YamlPath));
        if (!document.Paths.TryGetValue(target.Path, out var pathItem) || !pathItem.TryGetValue(target.Method, out var operation))
        {
            throw new KeyNotFoundException($"{target.Vendor}.yaml has no operation {target.Method.ToUpperInvariant()} {target.Path}.");
        }

        var content = target.Status is null
            ? operation.RequestBody?.Content
            : operation.ActualResponses.TryGetValue(target.Status, out var response) ? response.Content : null;
        var media = content is not null && content.TryGetValue("application/json", out var json)
            ? json
            : throw new KeyNotFoundException($"{target} has no application/json body in {target.Vendor}.yaml.");
        return media.Schema.ActualSchema;
    }

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return $"{error.Kind} at {error.Path}";
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.Values.SelectMany(e => e)))
                {
                    yield return nested;
                }
            }
        }
    }
}
