using System.Collections.Generic;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ImageryContracts.Generators.Parsing;

/// <summary>Small readers over YamlDotNet's node tree, typed the way YAML's core schema types plain scalars.</summary>
internal static class YamlNodes
{
    /// <summary>The value under a key of a mapping, or null.</summary>
    public static YamlNode? Get(this YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>The key node of an entry, for diagnostics that point at the key.</summary>
    public static YamlNode? KeyOf(this YamlMappingNode mapping, string key)
    {
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } name } && name == key)
            {
                return entry.Key;
            }
        }

        return null;
    }

    /// <summary>The text of a scalar under a key, or null when absent or not a scalar.</summary>
    public static string? GetString(this YamlMappingNode mapping, string key) =>
        mapping.Get(key) is YamlScalarNode scalar && !IsNull(scalar) ? scalar.Value : null;

    /// <summary>A boolean under a key (YAML <c>true</c>/<c>false</c>), or the fallback.</summary>
    public static bool GetBool(this YamlMappingNode mapping, string key, bool fallback = false) =>
        mapping.GetOptionalBool(key) ?? fallback;

    /// <summary>A boolean under a key, or null when absent or not a boolean.</summary>
    public static bool? GetOptionalBool(this YamlMappingNode mapping, string key) =>
        mapping.Get(key) is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text } && bool.TryParse(text, out var value)
            ? value
            : null;

    /// <summary>An integer under a key, or null.</summary>
    public static int? GetInt(this YamlMappingNode mapping, string key) =>
        mapping.Get(key) is YamlScalarNode scalar && TryGetInt(scalar, out var value) ? value : null;

    /// <summary>A number under a key as its invariant text, or null when absent or not a number.</summary>
    public static string? GetNumberText(this YamlMappingNode mapping, string key) =>
        mapping.Get(key) is YamlScalarNode scalar && IsNumber(scalar) ? scalar.Value : null;

    /// <summary>The string items of a sequence; non-scalar items are skipped.</summary>
    public static IEnumerable<YamlScalarNode> Scalars(this YamlSequenceNode sequence)
    {
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode scalar)
            {
                yield return scalar;
            }
        }
    }

    /// <summary>Whether a plain scalar is YAML's null (<c>~</c>, <c>null</c> or empty).</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Whether a plain scalar is a boolean.</summary>
    public static bool IsBool(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "true" or "false" or "True" or "False" or "TRUE" or "FALSE";

    /// <summary>Whether a plain scalar is a number JSON can carry as written.</summary>
    public static bool IsNumber(YamlScalarNode scalar)
    {
        if (scalar.Style != ScalarStyle.Plain || string.IsNullOrEmpty(scalar.Value))
        {
            return false;
        }

        var text = scalar.Value!;
        var i = text[0] == '-' ? 1 : 0;
        var digits = CountDigits(text, ref i);
        if (digits == 0 || (digits > 1 && text[i - digits] == '0'))
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (CountDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            if (CountDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    /// <summary>Reads a plain scalar as an integer.</summary>
    public static bool TryGetInt(YamlScalarNode scalar, out int value)
    {
        value = 0;
        return scalar.Style == ScalarStyle.Plain
            && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static int CountDigits(string text, ref int index)
    {
        var start = index;
        while (index < text.Length && text[index] is >= '0' and <= '9')
        {
            index++;
        }

        return index - start;
    }
}
