using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Generators.Tests.TestHelpers;

/// <summary>
/// Walks every field reachable from a pipeline value and reports the types that must never cross a step: Roslyn
/// symbols, compilations, syntax, AdditionalText and anything from YamlDotNet (they root old compilations or
/// compare by reference, defeating the cache).
/// </summary>
public static class ObjectGraph
{
    private static readonly Type[] BannedTypes =
    [
        typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(AdditionalText), typeof(Location),
    ];

    /// <summary>The banned types found in the graph, as "path: type".</summary>
    /// <param name="root">The value to walk.</param>
    /// <returns>Every offending path.</returns>
    public static List<string> BannedTypesIn(object? root)
    {
        var found = new List<string>();
        Walk(root, "value", new HashSet<object>(ReferenceEqualityComparer.Instance), found);
        return found;
    }

    private static void Walk(object? value, string path, HashSet<object> seen, List<string> found)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        if (BannedTypes.Any(banned => banned.IsAssignableFrom(type)) || type.Namespace?.StartsWith("YamlDotNet", StringComparison.Ordinal) == true)
        {
            found.Add($"{path}: {type.FullName}");
            return;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items && type.Assembly != typeof(ImageryGenerator).Assembly)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{i++}]", seen, found);
            }

            return;
        }

        if (type.Assembly != typeof(ImageryGenerator).Assembly && !type.IsGenericType)
        {
            return;
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.GetCustomAttribute<CompilerGeneratedAttribute>() is null || field.Name.Contains("k__BackingField", StringComparison.Ordinal))
                {
                    Walk(field.GetValue(value), $"{path}.{field.Name}", seen, found);
                }
            }
        }
    }
}
