using System.Security.Cryptography;
using ImageryContracts.Downloads;
using ImageryContracts.FacadeTestKit;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.Serialization;
using ImageryContracts.Testing.Downloads;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.OneAtlas;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>Delivered products downloaded through the facade from the simulator's access path: byte for byte, md5 verified, resumed after a cut.</summary>
public sealed class FacadeDownloadTests : IDisposable
{
    private const string DownloadRoute = "GET /api/v1/items/{catalogItemId}/download";
    private const long Size = 3 * 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("oneatlas-downloads-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_delivered_product_is_downloaded_byte_for_byte_with_its_md5_verified_and_progress_reported()
    {
        await using var harness = await FacadeHarness.StartAsync(new OneAtlasSimulatorOptions { DownloadSize = Size });
        var delivery = await DeliveredAsync(harness);
        var reports = new List<DownloadProgress>();

        var result = await harness.Ordering.DownloadAsync(delivery, _folder, new SynchronousProgress<DownloadProgress>(reports.Add));

        Assert.Equal(Path.Combine(_folder, $"{delivery.Id}.zip"), result.Path);
        Assert.Equal(Size, new FileInfo(result.Path).Length);
        Assert.True(result.Md5Verified);
        Assert.Equal(Expected(delivery).Md5Hex, result.Md5);
        Assert.Equal(Expected(delivery).Md5Hex, Md5Of(result.Path));
        Assert.Equal((1, 0, 0), (result.Attempts, result.Resumes, result.Restarts));
        Assert.True(reports[^1].Completed);
        Assert.Equal(Size, reports[^1].TotalBytes);
        Assert.False(File.Exists(result.Path + ".part"));
    }

    [Fact]
    public async Task A_download_cut_at_a_random_byte_resumes_there_and_is_byte_identical()
    {
        await using var harness = await FacadeHarness.StartAsync(new OneAtlasSimulatorOptions { DownloadSize = Size });
        var delivery = await DeliveredAsync(harness);
        var cut = Random.Shared.NextInt64(1, Size - 1);
        harness.Simulator.Faults.Next(1, DownloadRoute, new Fault(FaultKind.CutBody) { AfterBytes = cut });

        var result = await harness.Ordering.DownloadAsync(delivery, _folder);

        var requests = harness.Simulator.Requests.To(DownloadRoute);
        Assert.True((2, 1, 0) == (result.Attempts, result.Resumes, result.Restarts), $"cut after {cut} bytes: {result}");
        Assert.Equal($"bytes={cut}-", requests[^1].Range);
        Assert.Equal(Expected(delivery).Md5Hex, Md5Of(result.Path));
        Assert.True(result.Md5Verified);
    }

    [Fact]
    public async Task Without_range_support_a_cut_download_starts_again_from_zero_and_is_still_whole()
    {
        await using var harness = await FacadeHarness.StartAsync(new OneAtlasSimulatorOptions { DownloadSize = Size, DownloadSupportsRanges = false });
        var delivery = await DeliveredAsync(harness);
        harness.Simulator.Faults.Next(1, DownloadRoute, new Fault(FaultKind.CutBody) { AfterBytes = Size / 2 });

        var result = await harness.Ordering.DownloadAsync(delivery, _folder);

        Assert.Equal((2, 0, 1), (result.Attempts, result.Resumes, result.Restarts));
        Assert.Equal(Expected(delivery).Md5Hex, Md5Of(result.Path));
    }

    [Fact]
    public async Task Every_delivery_of_a_delivered_order_is_downloaded()
    {
        await using var harness = await FacadeHarness.StartAsync(new OneAtlasSimulatorOptions { DownloadSize = 100_000 });
        var placed = await harness.Ordering.PlaceOrderAsync(
        [
            FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades),
            FacadeHarness.Product(OneAtlasCatalogueItem.ToulouseSpot, ProductType.Pansharpened, RadiometricProcessing.Display),
        ]);
        var order = await harness.Ordering.WaitForDeliveryAsync(placed.Order.Id!.Value);

        var outcomes = await harness.Ordering.DownloadAsync(order, _folder);

        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, outcome => Assert.True(outcome.Succeeded, outcome.Error?.Message));
        Assert.Equal(order.Deliveries!.Select(delivery => Path.Combine(_folder, $"{delivery.Id}.zip")), outcomes.Select(outcome => outcome.Result!.Path));
    }

    [Fact]
    public async Task The_download_link_is_chosen_by_name_and_type_among_direct_links()
    {
        await using var harness = await FacadeHarness.StartAsync(new OneAtlasSimulatorOptions { DownloadSize = 100_000 });
        var delivery = await DeliveredAsync(harness);
        var http = delivery.Links!.Download![0];
        delivery.Links.Download = new OneOrMany<Link>(
        [
            new Link { Href = "gs://bucket/product.zip", Name = "gs", Type = "gs" },
            new Link { Href = http.Href, Name = "download", Type = "HTTP" },
            new Link { Href = "ftp://files.example/product.zip", Name = "ftp", Type = "ftp" },
        ]);

        var result = await harness.Ordering.DownloadAsync(delivery, _folder);

        Assert.True(result.Md5Verified);
    }

    [Fact]
    public async Task Links_that_name_no_single_download_or_point_at_another_host_are_refused_before_anything_is_sent()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var delivery = await DeliveredAsync(harness);
        var before = harness.Simulator.Requests.To(DownloadRoute).Count;
        var href = delivery.Links!.Download![0].Href!;

        delivery.Links.Download = new OneOrMany<Link>([new Link { Href = href }, new Link { Href = href + "?copy" }]);
        var ambiguous = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Ordering.DownloadAsync(delivery, _folder));
        delivery.Links.Download = new OneOrMany<Link>(new Link { Href = "https://elsewhere.example/api/v1/items/x/download" });
        var elsewhere = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Ordering.DownloadAsync(delivery, _folder));

        Assert.Contains("none is the one HTTP link named 'download'", ambiguous.Message, StringComparison.Ordinal);
        Assert.Contains("is not on the configured access server", elsewhere.Message, StringComparison.Ordinal);
        Assert.Equal(before, harness.Simulator.Requests.To(DownloadRoute).Count);
    }

    private static async Task<Delivery> DeliveredAsync(FacadeHarness harness)
    {
        var placed = await harness.Ordering.PlaceOrderAsync(FacadeHarness.Product(OneAtlasCatalogueItem.ToulousePleiades));
        var order = await harness.Ordering.WaitForDeliveryAsync(placed.Order.Id!.Value);
        return Assert.Single(order.Deliveries!);
    }

    // The simulator's bytes of a delivered product are a function of the delivered item's id (in its link) and the size.
    private static SimulatedContent Expected(Delivery delivery) =>
        SimulatedContent.FromKey(delivery.Links!.Download![0].Href!.Split('/')[^2], Size);

    private static string Md5Of(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexString(MD5.HashData(file)).ToLowerInvariant();
    }
}
