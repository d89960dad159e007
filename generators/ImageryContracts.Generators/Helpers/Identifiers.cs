using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ImageryContracts.Generators.Helpers;

/// <summary>Turns spec names and wire values into C# identifiers, the way the generated code names them.</summary>
public static class Identifiers
{
    /// <summary>
    /// PascalCase of a wire value or schema name: separators (anything not a letter or digit) start a new word,
    /// and words written in capitals only become capitalised (<c>BASIC16</c> → <c>Basic16</c>,
    /// <c>bundle-fs</c> → <c>BundleFs</c>, <c>multiSpectral</c> → <c>MultiSpectral</c>), as .NET naming asks.
    /// </summary>
    /// <param name="text">The spec text.</param>
    /// <returns>The converted name; it may still be invalid (empty, or starting with a digit).</returns>
    public static string ToPascalCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || !char.IsLetterOrDigit(text[i]))
            {
                AppendWord(builder, text.Substring(start, i - start));
                start = i + 1;
            }
        }

        return builder.ToString();
    }

    /// <summary>camelCase: the PascalCase form with its first letter lowered, escaped with <c>@</c> when a keyword.</summary>
    /// <param name="text">The spec text.</param>
    /// <returns>A name for a parameter or local.</returns>
    public static string ToCamelCase(string text)
    {
        var pascal = ToPascalCase(text);
        if (pascal.Length == 0)
        {
            return pascal;
        }

        var camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return SyntaxFacts.GetKeywordKind(camel) == SyntaxKind.None ? camel : "@" + camel;
    }

    /// <summary>The private field behind a member: <c>_</c> and the member's name with its first letter lowered (<c>Prices</c> → <c>_prices</c>).</summary>
    /// <param name="member">A PascalCase member name.</param>
    /// <returns>The field name, never a keyword thanks to the underscore.</returns>
    public static string ToFieldName(string member) => "_" + char.ToLowerInvariant(member[0]) + member.Substring(1);

    /// <summary>Whether the name can be a C# type or member name as written (not a keyword, not empty).</summary>
    /// <param name="name">The candidate name.</param>
    /// <returns><see langword="true"/> when it is a valid identifier.</returns>
    public static bool IsValid(string name) =>
        SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
        && SyntaxFacts.GetContextualKeywordKind(name) is not SyntaxKind.VarKeyword;

    private static void AppendWord(StringBuilder builder, string word)
    {
        if (word.Length == 0)
        {
            return;
        }

        var allCaps = true;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                allCaps = false;
                break;
            }
        }

        builder.Append(char.ToUpperInvariant(word[0]));
        builder.Append(allCaps ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
    }
}
