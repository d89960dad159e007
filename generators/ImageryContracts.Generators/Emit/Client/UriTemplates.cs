using System.Collections.Generic;
using System.Linq;
using System.Text;
using ImageryContracts.Generators.Model;

namespace ImageryContracts.Generators.Emit.Client;

/// <summary>
/// The RFC 6570 URL template of a request builder, as Kiota writes it: <c>{+baseurl}</c>, the path with its parameters,
/// required query parameters as literals (<c>?q={q}</c>) and the optional ones as a form-style list, exploded unless
/// the spec says <c>explode: false</c> (<c>{?bbox,itemsPerPage*,kind*}</c>: an array as <c>bbox=1,2,3,4</c>), names sorted ordinally and percent-encoded where RFC 6570 variable
/// names do not allow a character. A path with its own <c>servers</c> (the token endpoints live on another host) gets
/// that server's absolute URL instead of <c>{+baseurl}</c>.
/// </summary>
public static class UriTemplates
{
    /// <summary>The template of a node's builder.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The template.</returns>
    public static string Of(UrlNode node)
    {
        var builder = new StringBuilder();
        builder.Append(AbsoluteServer(node) ?? "{+baseurl}");
        foreach (var segment in node.SegmentsFromRoot())
        {
            builder.Append('/').Append(segment.Length > 2 && segment[0] == '{' ? "{" + VariableName(segment.Substring(1, segment.Length - 2)) + "}" : segment);
        }

        var query = QueryParameters(node).ToList();
        var required = query.Where(p => p.Required).Select(p => VariableName(p.Name)).OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        var optional = query.Where(p => !p.Required).Select(p => VariableName(p.Name) + (p.Explode == false ? "" : "*")).OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        if (required.Count > 0)
        {
            builder.Append('?').Append(string.Join("&", required.Select(n => $"{n}={{{n}}}")));
        }

        if (optional.Count > 0)
        {
            builder.Append(required.Count > 0 ? "{&" : "{?").Append(string.Join(",", optional)).Append('}');
        }

        return builder.ToString();
    }

    /// <summary>The server URL a node's path declares for itself (path-level <c>servers</c>), or null for the client's base URL.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The absolute server URL without a trailing slash.</returns>
    public static string? AbsoluteServer(UrlNode node) =>
        node.Path is { Servers.IsEmpty: false } path ? path.Servers[0].Url.TrimEnd('/') : null;

    /// <summary>The query parameters of every operation of a node, one per name (required when any operation requires it).</summary>
    /// <param name="node">The node.</param>
    /// <returns>The parameters.</returns>
    public static IEnumerable<ApiParameter> QueryParameters(UrlNode node) =>
        (node.Path?.Operations ?? default).SelectMany(o => o.Parameters).Where(p => p.In == "query")
            .GroupBy(p => p.Name)
            .Select(g => g.First() with { Required = g.Any(p => p.Required) });

    /// <summary>A parameter name as an RFC 6570 variable name: characters outside ALPHA, DIGIT, <c>_</c> and <c>.</c> percent-encoded.</summary>
    /// <param name="name">The wire name.</param>
    /// <returns>The variable name, which is also the key Kiota's path and query parameters use.</returns>
    public static string VariableName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            var c = (char)b;
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
