using ImageryContracts.Downloads;
using ImageryContracts.Testing.Downloads;

namespace ImageryContracts.Core.Tests.Downloads;

public sealed class IntegrityTests
{
    private static readonly SimulatedContent Content = new(Seed: 21, Length: 400_000);

    [Fact]
    public async Task An_md5_mismatch_names_the_file_and_both_values_and_leaves_no_file_at_all()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content)) with { ExpectedMd5 = "0123456789abcdef0123456789ABCDEF" };

        var error = await Assert.ThrowsAsync<DownloadIntegrityException>(() => bed.Downloader().DownloadAsync(file));

        Assert.Equal((DownloadIntegrityCheck.Md5, "0123456789abcdef0123456789abcdef", Content.Md5Hex, "the caller"), (error.Check, error.Expected, error.Actual, error.ExpectedBy));
        Assert.Equal(file.TargetPath, error.TargetPath);
        Assert.Contains(file.TargetPath, error.Message, StringComparison.Ordinal);
        Assert.Contains(Content.Md5Hex, error.Message, StringComparison.Ordinal);
        Assert.Empty(bed.Files());
    }

    [Fact]
    public async Task An_md5_the_server_announced_that_the_bytes_do_not_have_is_a_mismatch_too()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content) { Checksum = ChecksumHeaders.OneAtlas with { ValueHeader = "X-Wrong-Value" } }) with
        {
            Md5FromResponse = _ => "ffffffffffffffffffffffffffffffff",
        };

        var error = await Assert.ThrowsAsync<DownloadIntegrityException>(() => bed.Downloader().DownloadAsync(file));

        Assert.Equal("the server", error.ExpectedBy);
        Assert.Empty(bed.Files());
    }

    [Fact]
    public async Task A_length_the_server_announces_that_differs_from_the_expected_one_stops_before_the_body()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content)) with { ExpectedLength = 399_999 };

        var error = await Assert.ThrowsAsync<DownloadIntegrityException>(() => bed.Downloader().DownloadAsync(file));

        Assert.Equal(DownloadIntegrityCheck.Length, error.Check);
        Assert.Equal("399999 bytes", error.Expected);
        Assert.StartsWith("400000 bytes", error.Actual, StringComparison.Ordinal);
        Assert.Empty(bed.Files());
    }

    [Fact]
    public async Task An_expected_length_and_md5_that_match_are_accepted()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content)) with { ExpectedLength = Content.Length, ExpectedMd5 = Content.Md5Hex.ToUpperInvariant() };

        var result = await bed.Downloader().DownloadAsync(file);

        Assert.True(result.Md5Verified);
    }

    [Fact]
    public void An_expected_md5_that_is_not_hex_is_refused_with_an_example()
    {
        var request = new DownloadRequest("scene.zip", _ => ValueTask.FromResult(new HttpRequestMessage()));

        var error = Assert.Throws<ArgumentException>(() => request with { ExpectedMd5 = "not-a-digest" });

        Assert.Contains("32 hex digits", error.Message, StringComparison.Ordinal);
    }
}
