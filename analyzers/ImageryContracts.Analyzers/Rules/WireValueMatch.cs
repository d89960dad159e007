using System;
using System.Linq;

namespace ImageryContracts.Analyzers.Rules;

/// <summary>Finds the enum member a wire string means: an exact match, or the one known value a typo is close to.</summary>
internal static class WireValueMatch
{
    private const int MaxTypoDistance = 2;

    public static EnumMemberRule? Exact(EnumRules rules, string text) => rules.FindByWireValue(text);

    /// <summary>The only member equal ignoring case, or within two edits; <see langword="null"/> when none or several are.</summary>
    public static EnumMemberRule? Closest(EnumRules rules, string text)
    {
        var ignoringCase = rules.Members.Where(m => string.Equals(m.WireValue, text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (ignoringCase.Count == 1)
        {
            return ignoringCase[0];
        }

        var close = rules.Members.Where(m => Distance(m.WireValue, text) <= MaxTypoDistance).ToList();
        return close.Count == 1 ? close[0] : null;
    }

    private static int Distance(string left, string right)
    {
        var previous = Enumerable.Range(0, right.Length + 1).ToArray();
        var current = new int[right.Length + 1];
        for (var i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= right.Length; j++)
            {
                var substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[right.Length];
    }
}
