using System.Globalization;
using System.Text;

namespace ImageryContracts.Generators.Helpers;

/// <summary>Formats values as C# literals, independent of the machine's culture.</summary>
public static class CSharpLiteral
{
    /// <summary>
    /// A regular string literal with every character that needs it escaped. The escapes used (<c>\"</c>, <c>\\</c>,
    /// <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\uXXXX</c>) mean the same in JSON, so the text is a JSON string too.
    /// </summary>
    /// <param name="value">The string.</param>
    /// <returns>The literal including its quotes.</returns>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

}
