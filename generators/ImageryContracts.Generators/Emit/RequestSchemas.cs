using System.Collections.Generic;
using System.Linq;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit;

/// <summary>The component schemas a request body reaches (through <c>$ref</c>, properties, items and allOf).</summary>
public static class RequestSchemas
{
    /// <summary>The reachable components, in document order.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>The schemas.</returns>
    public static List<ApiSchema> Of(ApiSpec spec)
    {
        var byName = spec.Schemas.Where(s => s.Name is not null).ToDictionary(s => s.Name!);
        var reached = new HashSet<string>();
        var pending = new Stack<ApiSchema>();
        foreach (var media in spec.Paths.SelectMany(p => p.Operations).Select(o => o.RequestBody).Where(b => b is not null).SelectMany(b => b!.Content))
        {
            if (media.Schema is not null)
            {
                pending.Push(media.Schema);
            }
        }

        while (pending.Count > 0)
        {
            var schema = pending.Pop();
            if (schema.Ref is { } target && reached.Add(target) && byName.TryGetValue(target, out var component))
            {
                pending.Push(component);
            }

            foreach (var child in schema.Properties.Select(p => p.Schema).Concat(schema.AllOf))
            {
                pending.Push(child);
            }

            if (schema.Items is not null)
            {
                pending.Push(schema.Items);
            }
        }

        return spec.Schemas.Where(s => s.Name is not null && reached.Contains(s.Name)).ToList();
    }
}
