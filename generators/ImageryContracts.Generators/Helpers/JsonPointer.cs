namespace ImageryContracts.Generators.Helpers;

/// <summary>Builds JSON pointers (RFC 6901) in URI-fragment form, as <c>$ref</c> and diagnostics write them.</summary>
public static class JsonPointer
{
    /// <summary>The pointer to the document root.</summary>
    public const string Root = "#";

    /// <summary>Appends one reference token, escaping <c>~</c> and <c>/</c>.</summary>
    /// <param name="pointer">The parent pointer.</param>
    /// <param name="token">The key or array index.</param>
    /// <returns>The child pointer.</returns>
    public static string Append(string pointer, string token) =>
        pointer + "/" + token.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Decodes one reference token.</summary>
    /// <param name="token">The escaped token.</param>
    /// <returns>The key it names.</returns>
    public static string Unescape(string token) => token.Replace("~1", "/").Replace("~0", "~");
}
