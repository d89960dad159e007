using Microsoft.Net.Http.Headers;

namespace ImageryContracts.Testing.Downloads;

/// <summary>
/// How one file is served: its content, the headers that describe it, and whether byte ranges are honoured.
/// Faults inside the body (a cut, a slow body) are injected per route with <see cref="Faults.FaultInjector"/>
/// (<see cref="Faults.FaultKind.CutBody"/>, <see cref="Faults.FaultKind.SlowBody"/>).
/// </summary>
/// <param name="Content">The bytes.</param>
public sealed record SimulatedDownload(SimulatedContent Content)
{
    private readonly string? _etag;

    /// <summary>The <c>Content-Type</c>. Default <c>application/octet-stream</c>.</summary>
    public string ContentType { get; init; } = "application/octet-stream";

    /// <summary>The file name sent as <c>Content-Disposition: attachment</c>, or null for no such header.</summary>
    public string? FileName { get; init; }

    /// <summary>The headers the content's MD5 is sent in (on GET and HEAD), or null to send no checksum.</summary>
    public ChecksumHeaders? Checksum { get; init; }

    /// <summary>
    /// Whether <c>Range</c> is honoured (<c>Accept-Ranges: bytes</c>, 206, 416). When false a Range header is ignored:
    /// 200 with the whole body and no <c>Accept-Ranges</c>, as a server without range support answers. Default true.
    /// </summary>
    public bool SupportsRanges { get; init; } = true;

    /// <summary>
    /// The <c>ETag</c> sent (a quoted entity tag; <see cref="SimulatedContent.ETag"/> gives one), or null for none. A
    /// ranged request whose <c>If-Range</c> does not equal it gets the whole body (200), as RFC 9110 says.
    /// </summary>
    /// <exception cref="ArgumentException">The value is not a quoted entity tag.</exception>
    public string? ETag
    {
        get => _etag;
        init => _etag = value is null || EntityTagHeaderValue.TryParse(value, out _)
            ? value
            : throw new ArgumentException($"'{value}' is not an entity tag; quote it, for example \"\\\"v1\\\"\" (SimulatedContent.ETag gives one).", nameof(value));
    }
}
