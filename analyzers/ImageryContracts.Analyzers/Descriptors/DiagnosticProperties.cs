using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace ImageryContracts.Analyzers.Descriptors;

/// <summary>
/// How an analyzer tells the code fixes what to write: each additional location of a diagnostic is a member access or
/// literal to rewrite, the property <c>Replace{index}</c> names the enum member to put there, and <c>Fix{index}</c>
/// gives the index of the first location of the code action it belongs to (the branches of a conditional are
/// rewritten by one action; without the property, a location starts its own action).
/// </summary>
public static class DiagnosticProperties
{
    /// <summary>The metadata name of the generated enum a string literal should become (IMG1006).</summary>
    public const string EnumType = "EnumType";

    /// <summary>The C# literal to put in place of the value (IMG1007).</summary>
    public const string Literal = "Literal";

    /// <summary>The property key naming the replacement member for the additional location at <paramref name="index"/>.</summary>
    /// <param name="index">The index in <c>Diagnostic.AdditionalLocations</c>.</param>
    /// <returns>The property key.</returns>
    public static string ReplacementAt(int index) => "Replace" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The property key giving the first location of the code action the location at <paramref name="index"/> belongs to.</summary>
    /// <param name="index">The index in <c>Diagnostic.AdditionalLocations</c>.</param>
    /// <returns>The property key.</returns>
    public static string FixAt(int index) => "Fix" + index.ToString(CultureInfo.InvariantCulture);

    internal static ImmutableDictionary<string, string?> Replacements(IEnumerable<string> memberNames) =>
        Replacements(memberNames.Select((name, index) => (name, index)));

    /// <summary>The replacement of each additional location, with the first location of the code action it belongs to.</summary>
    internal static ImmutableDictionary<string, string?> Replacements(IEnumerable<(string MemberName, int Fix)> replacements, ImmutableDictionary<string, string?>? more = null)
    {
        var builder = (more ?? ImmutableDictionary<string, string?>.Empty).ToBuilder();
        var index = 0;
        foreach (var (name, fix) in replacements)
        {
            builder[ReplacementAt(index)] = name;
            if (fix != index)
            {
                builder[FixAt(index)] = fix.ToString(CultureInfo.InvariantCulture);
            }

            index++;
        }

        return builder.ToImmutable();
    }
}
