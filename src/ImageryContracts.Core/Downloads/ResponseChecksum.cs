namespace ImageryContracts.Downloads;

/// <summary>Ways to read the checksum a server announces with a file, for <see cref="DownloadRequest.Md5FromResponse"/>.</summary>
public static class ResponseChecksum
{
    /// <summary>
    /// Reads an MD5 announced in a pair of headers, one naming the method and one carrying the hex digest (OneAtlas:
    /// <c>X-Ads-Checksum-Method: md5</c>, <c>X-Ads-Checksum-Value: &lt;hex&gt;</c>). Another method, or a value that is
    /// not 32 hex digits, announces nothing.
    /// </summary>
    /// <param name="methodHeader">The header naming the method.</param>
    /// <param name="valueHeader">The header carrying the digest.</param>
    /// <returns>The reader, giving the lower-case digest or <c>null</c>.</returns>
    public static Func<HttpResponseMessage, string?> Md5FromHeaders(string methodHeader, string valueHeader)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(methodHeader);
        ArgumentException.ThrowIfNullOrWhiteSpace(valueHeader);
        return response =>
            Single(response, methodHeader) is { } method && string.Equals(method.Trim(), "md5", StringComparison.OrdinalIgnoreCase)
            && Single(response, valueHeader)?.Trim() is { } value && DownloadRequest.IsMd5Hex(value)
                ? value.ToLowerInvariant()
                : null;
    }

    private static string? Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values)
            ? values.FirstOrDefault()
            : null;
}
