using System;
using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// The model classes of a spec: every object component and every object declared inline in one (named
/// <c>&lt;Schema&gt;&lt;Property&gt;</c>), with <c>allOf</c> as inheritance from its one <c>$ref</c> part plus the properties of its
/// inline parts, and the schemas that error responses return marked as errors.
/// </summary>
public static class ClientModels
{
    /// <summary>Members of <c>ApiException</c> (and <c>Exception</c>) that an error model's property must not hide.</summary>
    private static readonly HashSet<string> ExceptionMembers = new(StringComparer.Ordinal)
    {
        "Message", "Data", "Source", "StackTrace", "HResult", "InnerException", "HelpLink", "TargetSite", "ResponseStatusCode", "ResponseHeaders",
    };

    /// <summary>Members every model declares, which a property must not take.</summary>
    private static readonly HashSet<string> ModelMembers = new(StringComparer.Ordinal)
    {
        "AdditionalData", "Serialize", "GetFieldDeserializers", "CreateFromDiscriminatorValue",
    };

    /// <summary>The models of a spec, in document order.</summary>
    /// <param name="spec">The spec.</param>
    /// <param name="types">The spec's type resolver.</param>
    /// <returns>The models.</returns>
    public static List<ClientModel> Of(ApiSpec spec, ClientTypeResolver types)
    {
        var errors = ErrorModelNames(spec, types);
        var schemas = new List<ApiSchema>();
        foreach (var component in spec.Schemas)
        {
            Collect(component, schemas);
        }

        return schemas.Select(schema => Build(schema, types, errors.Contains(schema.Name!))).ToList();
    }

    /// <summary>Whether a response status code is an error one (<c>4XX</c>, <c>5XX</c>, <c>404</c>, <c>default</c>).</summary>
    /// <param name="statusCode">The response key.</param>
    /// <returns><see langword="true"/> for error statuses.</returns>
    public static bool IsErrorStatus(string statusCode) =>
        statusCode == "default" || statusCode.StartsWith("4", StringComparison.Ordinal) || statusCode.StartsWith("5", StringComparison.Ordinal);

    private static HashSet<string> ErrorModelNames(ApiSpec spec, ClientTypeResolver types) =>
        new(spec.Paths.SelectMany(p => p.Operations).SelectMany(o => o.Responses)
            .Where(r => IsErrorStatus(r.StatusCode))
            .SelectMany(r => r.Content)
            .Where(m => m.Schema is not null)
            .Select(m => types.Target(m.Schema!))
            .Where(ClientTypeResolver.IsModel)
            .Select(s => s.Name!));

    private static void Collect(ApiSchema schema, List<ApiSchema> into)
    {
        if (schema.Ref is not null)
        {
            return;
        }

        if (ClientTypeResolver.IsModel(schema) && into.All(s => s.Name != schema.Name))
        {
            into.Add(schema);
        }

        foreach (var child in schema.Properties.Select(p => p.Schema).Concat(schema.AllOf))
        {
            Collect(child, into);
        }

        if (schema.Items is not null)
        {
            Collect(schema.Items, into);
        }
    }

    private static ClientModel Build(ApiSchema schema, ClientTypeResolver types, bool isError)
    {
        var baseModel = schema.AllOf.Select(types.Target).FirstOrDefault(part => part.Name is not null && ClientTypeResolver.IsModel(part) && part != schema);
        var inherited = new HashSet<string>(InheritedWireNames(baseModel, types), StringComparer.Ordinal);
        var declared = schema.Properties.Concat(schema.AllOf.Where(part => part.Ref is null).SelectMany(part => part.Properties))
            .Where(p => !inherited.Contains(p.WireName))
            .GroupBy(p => p.WireName)
            .Select(g => g.First());

        var taken = new HashSet<string>(ModelMembers, StringComparer.Ordinal);
        var properties = new List<ClientProperty>();
        foreach (var property in declared)
        {
            var name = ClientNames.Member(property.WireName);
            if (name == schema.Name || (isError && ExceptionMembers.Contains(name)))
            {
                name += isError && ExceptionMembers.Contains(name) ? "Escaped" : "Prop";
            }

            var unique = name;
            for (var suffix = 2; !taken.Add(unique); suffix++)
            {
                unique = name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            properties.Add(new ClientProperty(property.WireName, unique, types.Resolve(property.Schema), property.Schema));
        }

        properties.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new ClientModel(schema, schema.Name!, baseModel?.Name, properties, isError);
    }

    private static IEnumerable<string> InheritedWireNames(ApiSchema? baseModel, ClientTypeResolver types)
    {
        for (var depth = 0; baseModel is not null && depth < 16; depth++)
        {
            foreach (var property in baseModel.Properties.Concat(baseModel.AllOf.Where(p => p.Ref is null).SelectMany(p => p.Properties)))
            {
                yield return property.WireName;
            }

            baseModel = baseModel.AllOf.Select(types.Target).FirstOrDefault(part => part.Name is not null && ClientTypeResolver.IsModel(part) && part != baseModel);
        }
    }
}
