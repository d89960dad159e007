using ImageryContracts.Downloads;
using ImageryContracts.Http;
using ImageryContracts.Testing.Downloads;
using ImageryContracts.Testing.Faults;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImageryContracts.Core.Tests.Downloads;

public sealed class StreamedResponseTests
{
    private static readonly SimulatedContent Content = new(Seed: 4, Length: 1_500_000);

    [Fact]
    public async Task The_kits_pipeline_buffers_ordinary_answers_but_streams_a_marked_one()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var url = bed.Server.Add("scene.zip", new SimulatedDownload(Content));
        using var client = ImageryHttpPipeline.CreateHttpClient(new HttpReliabilityOptions(), NullLogger.Instance);
        var marked = new HttpRequestMessage(HttpMethod.Get, url);
        StreamedResponse.Request(marked);

        using var ordinary = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead);
        using var streamed = await client.SendAsync(marked, HttpCompletionOption.ResponseHeadersRead);

        Assert.True((await ordinary.Content.ReadAsStreamAsync()).CanSeek);
        Assert.False((await streamed.Content.ReadAsStreamAsync()).CanSeek);
    }

    [Fact]
    public async Task A_download_through_the_kits_pipeline_resumes_after_a_cut()
    {
        await using var bed = await DownloadTestBed.StartAsync();
        var file = bed.Serve("scene.zip", new SimulatedDownload(Content));
        bed.Server.Faults.Next(1, SimulatedFileServer.Route("scene.zip"), new Fault(FaultKind.CutBody) { AfterBytes = 654_321 });
        using var client = ImageryHttpPipeline.CreateHttpClient(new HttpReliabilityOptions(), NullLogger.Instance);

        var result = await new FileDownloader(client, DownloadTestBed.FastOptions).DownloadAsync(file);

        DownloadTestBed.AssertSameBytes(Content, file.TargetPath);
        Assert.Equal(1, result.Resumes);
        Assert.Equal("bytes=654321-", bed.Server.Requests[^1].Range);
    }
}
