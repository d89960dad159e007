using ImageryContracts.Http;

namespace ImageryContracts.Core.Tests.Http;

public sealed class SecureBaseUrlTests
{
    [Theory]
    [InlineData("https://data.api.oneatlas.airbus.com")]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080/api")]
    [InlineData("http://[::1]:5080")]
    public void Accepts_https_and_loopback_http(string url) => Assert.Null(SecureBaseUrl.Problem("OneAtlas:BaseUrl", url));

    [Fact]
    public void Rejects_plain_http_to_a_remote_host_naming_the_setting_and_the_https_fix()
    {
        var problem = SecureBaseUrl.Problem("OneAtlas:BaseUrl", "http://data.api.oneatlas.airbus.com/");

        Assert.Equal(
            "OneAtlas:BaseUrl is 'http://data.api.oneatlas.airbus.com/', plain HTTP to a remote host, which would send tokens and keys in clear text; use https://data.api.oneatlas.airbus.com (plain HTTP is accepted only for loopback hosts such as 127.0.0.1 or localhost).",
            problem);
    }

    [Theory]
    [InlineData("", "OneAtlas:BaseUrl is empty")]
    [InlineData("data.api.oneatlas.airbus.com", "is 'data.api.oneatlas.airbus.com', which is not an absolute http(s) URL")]
    [InlineData("ftp://host/", "is 'ftp://host/', which is not an absolute http(s) URL")]
    public void Rejects_missing_and_relative_urls(string url, string expected)
    {
        Assert.Contains(expected, SecureBaseUrl.Problem("OneAtlas:BaseUrl", url));
        Assert.Throws<ArgumentException>(() => SecureBaseUrl.Parse("OneAtlas:BaseUrl", url));
    }
}
