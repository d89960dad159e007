using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace ImageryContracts.Analyzers.Descriptors;

/// <summary>
/// How an analyzer tells the code fixes what to write: each additional location of a diagnostic is a member access to
/// rewrite, and the property <c>Replace{index}</c> names the enum member to put there.
/// </summary>
public static class DiagnosticProperties
{
    /// <summary>The metadata name of the generated enum a string literal should become (IMG1006).</summary>
    public const string EnumType = "EnumType";

    /// <summary>The enum member a string literal should become (IMG1006).</summary>
    public const string EnumMember = "EnumMember";

    /// <summary>The C# literal to put in place of the value (IMG1007).</summary>
    public const string Literal = "Literal";

    /// <summary>The property key naming the replacement member for the additional location at <paramref name="index"/>.</summary>
    /// <param name="index">The index in <c>Diagnostic.AdditionalLocations</c>.</param>
    /// <returns>The property key.</returns>
    public static string ReplacementAt(int index) => "Replace" + index.ToString(CultureInfo.InvariantCulture);

    internal static ImmutableDictionary<string, string?> Replacements(IEnumerable<string> memberNames)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        var index = 0;
        foreach (var name in memberNames)
        {
            builder[ReplacementAt(index++)] = name;
        }

        return builder.ToImmutable();
    }
}
