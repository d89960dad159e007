using System.Text.RegularExpressions;

namespace ImageryContracts.Http;

/// <summary>
/// Masks credentials before anything reaches a log or an exception message: API keys, client secrets, access and
/// refresh tokens in URLs, headers, JSON and form bodies, and every <c>Authorization</c> header value.
/// </summary>
public static partial class SecretRedactor
{
    /// <summary>What replaces a secret.</summary>
    public const string Mask = "***";

    private static readonly HashSet<string> SensitiveNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "authorization", "proxy-authorization", "apikey", "api_key", "api-key", "x-api-key", "client_secret",
        "access_token", "refresh_token", "id_token", "token", "password", "secret", "cookie", "set-cookie",
    };

    /// <summary>Whether a header, query parameter or body field of this name carries a secret.</summary>
    /// <param name="name">The name, compared case-insensitively.</param>
    /// <returns><c>true</c> for names such as <c>Authorization</c>, <c>apikey</c>, <c>client_secret</c>, <c>access_token</c>.</returns>
    public static bool IsSensitive(string name) => SensitiveNames.Contains(name);

    /// <summary>The URL with the values of sensitive query parameters and any user info masked.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>The URL safe to log.</returns>
    public static string RedactUrl(Uri? url)
    {
        if (url is null)
        {
            return "(no URL)";
        }

        if (!url.IsAbsoluteUri)
        {
            return RedactQuery(url.OriginalString);
        }

        var builder = new UriBuilder(url);
        if (builder.UserName.Length > 0 || builder.Password.Length > 0)
        {
            builder.UserName = Mask;
            builder.Password = string.Empty;
        }

        var text = builder.Uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.UserInfo | UriComponents.Path, UriFormat.UriEscaped);
        return url.Query.Length > 1 ? text + RedactQuery(url.Query) : text;
    }

    /// <summary>A header's value, masked when the header carries a secret (the scheme of <c>Authorization</c> is kept).</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The header value.</param>
    /// <returns>The value safe to log.</returns>
    public static string RedactHeader(string name, string value)
    {
        if (!IsSensitive(name))
        {
            return value;
        }

        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return name.EndsWith("authorization", StringComparison.OrdinalIgnoreCase) && space > 0
            ? value[..space] + " " + Mask
            : Mask;
    }

    /// <summary>
    /// Free text (a response body, an exception message) with secrets masked: JSON members and form fields with
    /// sensitive names, and bearer tokens.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text safe to log.</returns>
    public static string RedactText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = JsonMember().Replace(text, match => IsSensitive(match.Groups["name"].Value)
            ? match.Groups["head"].Value + Mask + "\""
            : match.Value);
        text = FormField().Replace(text, match => IsSensitive(match.Groups["name"].Value)
            ? match.Groups["head"].Value + Mask
            : match.Value);
        return BearerToken().Replace(text, "${scheme} " + Mask);
    }

    private static string RedactQuery(string text) => FormField().Replace(text, match => IsSensitive(match.Groups["name"].Value)
        ? match.Groups["head"].Value + Mask
        : match.Value);

    [GeneratedRegex("""(?<head>"(?<name>[A-Za-z_\-]+)"\s*:\s*")(?:[^"\\]|\\.)*"(?!\s*:)""")]
    private static partial Regex JsonMember();

    [GeneratedRegex("""(?<head>(?<=^|[?&\s;])(?<name>[A-Za-z_\-]+)=)[^&\s;"]*""")]
    private static partial Regex FormField();

    [GeneratedRegex("""(?<scheme>\b[Bb]earer)\s+[A-Za-z0-9\-._~+/]+=*""")]
    private static partial Regex BearerToken();
}
