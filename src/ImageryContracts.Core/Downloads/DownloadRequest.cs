using System.Globalization;

namespace ImageryContracts.Downloads;

/// <summary>
/// One file to download: where it goes, how to ask for it, and what it must turn out to be. The request factory is
/// called once per attempt (a sent <see cref="HttpRequestMessage"/> cannot be sent again), so a facade builds each one
/// through its own client and authentication; <see cref="FileDownloader"/> adds <c>Range</c> and <c>If-Range</c>.
/// </summary>
public sealed record DownloadRequest
{
    private readonly long? _expectedLength;
    private readonly string? _expectedMd5;

    /// <summary>Creates the request.</summary>
    /// <param name="targetPath">The final file; it only ever appears complete and verified. Made absolute.</param>
    /// <param name="createRequest">Creates a fresh GET request for the file, for each attempt.</param>
    /// <exception cref="ArgumentException">The path is empty or white space.</exception>
    public DownloadRequest(string targetPath, Func<CancellationToken, ValueTask<HttpRequestMessage>> createRequest)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetPath);
        ArgumentNullException.ThrowIfNull(createRequest);
        TargetPath = Path.GetFullPath(targetPath);
        CreateRequest = createRequest;
    }

    /// <summary>The final file's absolute path.</summary>
    public string TargetPath { get; }

    /// <summary>The file the bytes go to until they are verified: <see cref="TargetPath"/> plus <c>.part</c>.</summary>
    public string PartPath => TargetPath + ".part";

    /// <summary>Creates a fresh request for the file, for each attempt.</summary>
    public Func<CancellationToken, ValueTask<HttpRequestMessage>> CreateRequest { get; }

    /// <summary>The length the file must have, when the caller knows it (from a catalogue or a manifest).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is negative.</exception>
    public long? ExpectedLength
    {
        get => _expectedLength;
        init => _expectedLength = value is null or >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "An expected length is 0 or more bytes.");
    }

    /// <summary>The MD5 the file must have, as 32 hex digits, when the caller knows it.</summary>
    /// <exception cref="ArgumentException">The value is not 32 hex digits.</exception>
    public string? ExpectedMd5
    {
        get => _expectedMd5;
        init => _expectedMd5 = value is null || IsMd5Hex(value)
            ? value?.ToLowerInvariant()
            : throw new ArgumentException($"'{value}' is not an MD5 digest; give 32 hex digits, for example 595f44fec1e92a71d3e9e77456ba80d1.", nameof(value));
    }

    /// <summary>
    /// Reads the MD5 the server announces in a response (OneAtlas sends it in headers, see
    /// <see cref="ResponseChecksum.Md5FromHeaders"/>); it is checked like <see cref="ExpectedMd5"/>. <c>null</c> when
    /// the server announces none.
    /// </summary>
    public Func<HttpResponseMessage, string?>? Md5FromResponse { get; init; }

    /// <summary>The vendor named in errors (for example <c>OneAtlas</c>). Default <c>HTTP</c>.</summary>
    public string Vendor { get; init; } = "HTTP";

    /// <summary>The operation named in errors (for example the spec's operationId). Default <c>download</c>.</summary>
    public string Operation { get; init; } = "download";

    internal static bool IsMd5Hex(string value) =>
        value.Length == 32 && value.All(character => char.IsAsciiHexDigit(character));

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Vendor} {Operation} → {TargetPath}");
}
