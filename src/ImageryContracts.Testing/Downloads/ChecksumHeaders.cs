namespace ImageryContracts.Testing.Downloads;

/// <summary>Which response headers carry a download's checksum, and the method name sent in the first.</summary>
/// <param name="MethodHeader">The header naming the method (OneAtlas: <c>X-Ads-Checksum-Method</c>).</param>
/// <param name="ValueHeader">The header carrying the hex digest (OneAtlas: <c>X-Ads-Checksum-Value</c>).</param>
/// <param name="Method">The method's name as sent; only MD5 is computed, so this is how the vendor spells it.</param>
public sealed record ChecksumHeaders(string MethodHeader, string ValueHeader, string Method = "md5")
{
    /// <summary>OneAtlas' access API: <c>X-Ads-Checksum-Method: md5</c> and <c>X-Ads-Checksum-Value: &lt;hex&gt;</c>.</summary>
    public static ChecksumHeaders OneAtlas { get; } = new("X-Ads-Checksum-Method", "X-Ads-Checksum-Value");
}
