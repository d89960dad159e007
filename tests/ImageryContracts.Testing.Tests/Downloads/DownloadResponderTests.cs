using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using ImageryContracts.Testing.Downloads;
using ImageryContracts.Testing.Faults;
using Microsoft.Extensions.Time.Testing;

namespace ImageryContracts.Testing.Tests.Downloads;

public sealed class DownloadResponderTests : IAsyncLifetime
{
    private static readonly SimulatedContent Content = new(Seed: 2026, Length: 200_003);

    private SimulatedFileServer _server = null!;
    private readonly HttpClient _client = new();

    public async Task InitializeAsync() => _server = await SimulatedFileServer.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_get_sends_the_whole_content_with_its_length_type_name_and_range_support()
    {
        var url = _server.Add("scene.zip", new SimulatedDownload(Content) { ContentType = "application/zip", FileName = "scene.zip" });

        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Content.Length, response.Content.Headers.ContentLength);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("scene.zip", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Equal(["bytes"], response.Headers.AcceptRanges);
        Assert.Equal(SimulatedContentTests.Bytes(Content), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_checksum_headers_carry_the_md5_of_the_body_under_the_names_asked_for()
    {
        var oneAtlas = _server.Add("a.zip", new SimulatedDownload(Content) { Checksum = ChecksumHeaders.OneAtlas });
        var custom = _server.Add("b.zip", new SimulatedDownload(Content) { Checksum = new ChecksumHeaders("X-Hash-Kind", "X-Hash", "MD5") });

        using var first = await _client.GetAsync(oneAtlas);
        using var second = await _client.GetAsync(custom);

        var md5 = Convert.ToHexStringLower(MD5.HashData(await first.Content.ReadAsByteArrayAsync()));
        Assert.Equal("md5", Header(first, "X-Ads-Checksum-Method"));
        Assert.Equal(md5, Header(first, "X-Ads-Checksum-Value"));
        Assert.Equal("MD5", Header(second, "X-Hash-Kind"));
        Assert.Equal(md5, Header(second, "X-Hash"));
    }

    [Fact]
    public async Task A_head_sends_the_same_headers_and_no_body()
    {
        var url = _server.Add("scene.zip", new SimulatedDownload(Content) { Checksum = ChecksumHeaders.OneAtlas, ETag = Content.ETag });

        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Content.Length, response.Content.Headers.ContentLength);
        Assert.Equal(Content.Md5Hex, Header(response, "X-Ads-Checksum-Value"));
        Assert.Equal(Content.ETag, response.Headers.ETag!.ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(100_000L, null, 100_000L, 200_002L)]
    [InlineData(10L, 19L, 10L, 19L)]
    [InlineData(199_000L, 999_999L, 199_000L, 200_002L)]
    [InlineData(0L, 0L, 0L, 0L)]
    public async Task A_range_is_answered_206_with_its_bytes_and_content_range(long from, long? to, long first, long last)
    {
        var url = _server.Add("scene.zip", new SimulatedDownload(Content));

        using var response = await _client.SendAsync(Ranged(url, from, to));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(new ContentRangeHeaderValue(first, last, Content.Length), response.Content.Headers.ContentRange);
        Assert.Equal(SimulatedContentTests.Bytes(Content, first, last - first + 1), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_suffix_range_is_the_last_bytes()
    {
        var url = _server.Add("scene.zip", new SimulatedDownload(Content));
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(null, 3);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(SimulatedContentTests.Bytes(Content, Content.Length - 3), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(200_003L)]
    [InlineData(5_000_000L)]
    public async Task A_range_starting_at_or_past_the_end_is_416_with_the_length(long from)
    {
        var url = _server.Add("scene.zip", new SimulatedDownload(Content));

        using var response = await _client.SendAsync(Ranged(url, from, null));

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal("bytes */200003", response.Content.Headers.GetValues("Content-Range").Single());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task With_ranges_off_a_range_is_ignored_the_whole_body_is_sent_and_no_accept_ranges()
    {
        var url = _server.Add("scene.zip", new SimulatedDownload(Content) { SupportsRanges = false });

        using var response = await _client.SendAsync(Ranged(url, 1000, null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.AcceptRanges);
        Assert.Null(response.Content.Headers.ContentRange);
        Assert.Equal(SimulatedContentTests.Bytes(Content), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_range_is_honoured_only_while_its_if_range_matches_the_etag()
    {
        var url = _server.Add("scene.zip", new SimulatedDownload(Content) { ETag = Content.ETag });
        var current = Ranged(url, 1000, null);
        current.Headers.IfRange = new RangeConditionHeaderValue(Content.ETag);
        var stale = Ranged(url, 1000, null);
        stale.Headers.IfRange = new RangeConditionHeaderValue("\"an-older-version\"");

        using var resumed = await _client.SendAsync(current);
        using var restarted = await _client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.PartialContent, resumed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, restarted.StatusCode);
        Assert.Equal(Content.Length, restarted.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task A_cut_body_delivers_exactly_the_bytes_before_the_cut_and_then_fails()
    {
        var url = _server.Add("scene.zip", new SimulatedDownload(Content));
        var fault = _server.Faults.Next(1, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.CutBody) { AfterBytes = 123_457 });

        using var response = await _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        var received = new MemoryStream();
        var body = await response.Content.ReadAsStreamAsync();
        await Assert.ThrowsAnyAsync<IOException>(() => body.CopyToAsync(received));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SimulatedContentTests.Bytes(Content, 0, 123_457), received.ToArray());
        Assert.Equal(1, fault.Triggered);
        Assert.Equal(FaultKind.CutBody, _server.Requests.To(SimulatedFileServer.Route("scene.zip")).Single().Fault);

        // Only the first attempt is cut: the next one resumes where the cut was and gets the rest.
        using var rest = await _client.SendAsync(Ranged(url, received.Length, null));
        Assert.Equal(SimulatedContentTests.Bytes(Content, received.Length), await rest.Content.ReadAsByteArrayAsync());
        Assert.Equal("bytes=123457-", _server.Requests.To(SimulatedFileServer.Route("scene.zip"))[^1].Range);
    }

    [Fact]
    public async Task A_slow_body_sends_its_first_bytes_at_once_and_the_rest_only_as_the_simulators_clock_passes()
    {
        var time = new FakeTimeProvider();
        await using var server = await SimulatedFileServer.StartAsync(timeProvider: time);
        var small = new SimulatedContent(5, 1_200);
        var url = server.Add("slow.bin", new SimulatedDownload(small));
        server.Faults.Next(1, SimulatedFileServer.Route("slow.bin"), new Fault(FaultKind.SlowBody) { AfterBytes = 1_000, BytesPerSecond = 100 });

        using var response = await _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsStreamAsync();
        var received = new byte[small.Length];
        await body.ReadExactlyAsync(received.AsMemory(0, 1_000));
        var rest = body.ReadAtLeastAsync(received.AsMemory(1_000), 200).AsTask();
        await Task.Delay(100);
        Assert.False(rest.IsCompleted);

        // 200 bytes at 100 B/s is 2 s of the simulator's clock; advancing until they arrive avoids racing each slice's timer.
        var advanced = TimeSpan.Zero;
        while (!rest.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(50));
            advanced += TimeSpan.FromMilliseconds(50);
            await Task.WhenAny(rest, Task.Delay(5));
        }

        Assert.Equal(200, await rest);
        Assert.True(advanced >= TimeSpan.FromSeconds(2), $"the slow part arrived after {advanced} of simulated time");
        Assert.Equal(SimulatedContentTests.Bytes(small), received);
    }

    [Fact]
    public async Task An_unknown_file_is_404()
    {
        using var response = await _client.GetAsync(_server.UrlOf("missing.zip"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static HttpRequestMessage Ranged(Uri url, long from, long? to)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(from, to);
        return request;
    }

    private static string Header(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();
}
