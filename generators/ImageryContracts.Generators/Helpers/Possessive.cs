namespace ImageryContracts.Generators.Helpers;

/// <summary>English possessives for vendor names in messages: "OneAtlas' rules", "Airbus' rules", "Vendor's rules".</summary>
public static class Possessive
{
    /// <summary>The possessive form of a name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The name followed by <c>'</c> or <c>'s</c>.</returns>
    public static string Of(string name) => name.EndsWith("s", System.StringComparison.Ordinal) ? name + "'" : name + "'s";
}
