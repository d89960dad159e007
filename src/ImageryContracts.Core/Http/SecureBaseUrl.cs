using System.Net;

namespace ImageryContracts.Http;

/// <summary>
/// The rule for every vendor base URL: absolute, and HTTPS unless the host is the loopback interface (a simulator on
/// <c>127.0.0.1</c> or <c>localhost</c>), because the calls carry bearer tokens and the token calls carry API keys and
/// client secrets.
/// </summary>
public static class SecureBaseUrl
{
    /// <summary>Describes what is wrong with a base URL, or returns <c>null</c> when it is acceptable.</summary>
    /// <param name="settingName">The setting the URL comes from (for example <c>OneAtlas:BaseUrl</c>), named in the message.</param>
    /// <param name="value">The configured URL.</param>
    /// <returns>A message naming the setting, the value and the fix; <c>null</c> when the URL is acceptable.</returns>
    public static string? Problem(string settingName, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{settingName} is empty; set it to the vendor's HTTPS URL (or http://127.0.0.1:<port> for a local simulator).";
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return $"{settingName} is '{value}', which is not an absolute http(s) URL; set it to the vendor's HTTPS URL, such as https://host/path.";
        }

        if (url.Scheme == Uri.UriSchemeHttp && !IsLoopback(url))
        {
            return $"{settingName} is '{SecretRedactor.RedactUrl(url)}', plain HTTP to a remote host, which would send tokens and keys in clear text; use https://{url.Authority}{url.AbsolutePath.TrimEnd('/')} (plain HTTP is accepted only for loopback hosts such as 127.0.0.1 or localhost).";
        }

        return null;
    }

    /// <summary>Parses a base URL and enforces the rule.</summary>
    /// <param name="settingName">The setting the URL comes from, named in the message.</param>
    /// <param name="value">The configured URL.</param>
    /// <returns>The URL.</returns>
    /// <exception cref="ArgumentException">The URL is missing, not absolute, or plain HTTP to a non-loopback host.</exception>
    public static Uri Parse(string settingName, string? value) =>
        Problem(settingName, value) is { } problem ? throw new ArgumentException(problem, settingName) : new Uri(value!, UriKind.Absolute);

    /// <summary>Whether the URL's host is the loopback interface: <c>localhost</c>, 127.0.0.0/8 or <c>::1</c>.</summary>
    /// <param name="url">An absolute URL.</param>
    /// <returns><c>true</c> for loopback hosts.</returns>
    public static bool IsLoopback(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsLoopback || (IPAddress.TryParse(url.IdnHost, out var address) && IPAddress.IsLoopback(address));
    }
}
