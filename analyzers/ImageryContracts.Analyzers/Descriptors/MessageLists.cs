using System.Collections.Generic;
using System.Linq;

namespace ImageryContracts.Analyzers.Descriptors;

/// <summary>How messages list several values: "a and b", "a, b or c".</summary>
internal static class MessageLists
{
    public static string And(IReadOnlyList<string> items) => Join(items, " and ");

    /// <summary>The values of the branches of a conditional, of which one runs.</summary>
    public static string Or(IReadOnlyList<string> items) => Join(items, " or ");

    private static string Join(IReadOnlyList<string> items, string last) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + last + items[items.Count - 1];
}
