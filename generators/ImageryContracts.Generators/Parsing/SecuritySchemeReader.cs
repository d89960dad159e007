using System.Collections.Generic;
using ImageryContracts.Generators.Helpers;
using ImageryContracts.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Generators.Parsing;

/// <summary>Reads <c>components/securitySchemes</c>.</summary>
internal static class SecuritySchemeReader
{
    public static EquatableArray<ApiSecurityScheme> Read(YamlMappingNode? schemes)
    {
        if (schemes is null)
        {
            return EquatableArray<ApiSecurityScheme>.Empty;
        }

        var result = new List<ApiSecurityScheme>();
        foreach (var entry in schemes.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } name } || entry.Value is not YamlMappingNode scheme)
            {
                continue;
            }

            var clientCredentials = (scheme.Get("flows") as YamlMappingNode)?.Get("clientCredentials") as YamlMappingNode;
            result.Add(new ApiSecurityScheme
            {
                Name = name,
                Type = scheme.GetString("type") ?? "",
                Scheme = scheme.GetString("scheme"),
                BearerFormat = scheme.GetString("bearerFormat"),
                In = scheme.GetString("in"),
                ParameterName = scheme.GetString("name"),
                TokenUrl = clientCredentials?.GetString("tokenUrl"),
                Description = scheme.GetString("description"),
            });
        }

        return result.ToEquatableArray();
    }
}
