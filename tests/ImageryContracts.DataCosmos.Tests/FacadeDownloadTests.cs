using System.Collections.Concurrent;
using ImageryContracts.DataCosmos.Catalogue;
using ImageryContracts.DataCosmos.Downloads;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.DataCosmos.Ordering;
using ImageryContracts.Downloads;
using ImageryContracts.FacadeTestKit;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.Downloads;
using ImageryContracts.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>The facade's download of a paid order against the simulator: every file byte for byte, gaps reported, the token kept home.</summary>
public sealed class FacadeDownloadTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "datacosmos-download-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Every_asset_of_a_paid_order_is_downloaded_byte_for_byte_with_progress()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var image = await FacadeImageOrderTests.FirstMantisImageAsync(harness);
        var paid = await BuyAsync(harness.Ordering, image);
        var reports = new ConcurrentBag<DownloadProgress>();

        var download = await harness.Ordering.DownloadAsync(paid, _folder, new SynchronousProgress<DownloadProgress>(reports.Add));

        Assert.True(download.IsComplete);
        Assert.Equal(image.Assets.Keys.Order(), download.Assets.Select(asset => asset.AssetKey!).Order());
        Assert.All(download.Assets, asset =>
        {
            Assert.Equal(DataCosmosAssetState.Downloaded, asset.State);
            Assert.Equal(Bytes(harness.Simulator.AssetContent(image.Collection, image.Id, asset.AssetKey!)), File.ReadAllBytes(asset.File!.Path));
            Assert.StartsWith(Path.Combine(_folder, image.Collection, image.Id), asset.File.Path);
        });
        Assert.Equal(download.Assets.Select(asset => asset.File!.Path).Order(), reports.Where(report => report.Completed).Select(report => report.TargetPath).Order());
        Assert.Single(harness.Simulator.Requests.To($"GET /v0/stac/collections/{image.Collection}/items/{image.Id}"));
    }

    [Fact]
    public async Task An_empty_href_and_a_failing_asset_are_reported_while_the_rest_download()
    {
        await using var harness = await FacadeHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["DataCosmos:Downloads:MaxAttempts"] = "2",
            ["DataCosmos:Downloads:RetryDelay"] = "00:00:00",
        });
        var image = await harness.Ordering.SearchAsync(FacadeSearchTests.Toulouse, FacadeSearchTests.From, FacadeSearchTests.To, options: new DataCosmosSearchOptions { Collections = ["menut-l1c-cogs"], MaxItems = 1 }).SingleAsync();
        var paid = await BuyAsync(harness.Ordering, image);
        var failing = new Uri(image.Assets["NIR"].Href!).AbsolutePath[DataCosmosSimulator.BasePath.Length..];
        harness.Simulator.Faults.Next(10, "GET " + failing, new Fault(FaultKind.InternalServerError));

        var download = await harness.Ordering.DownloadAsync(paid.Id!.Value, _folder);

        Assert.False(download.IsComplete);
        var overview = Assert.Single(download.Assets, asset => asset.AssetKey == "overview");
        Assert.Equal((DataCosmosAssetState.NoFile, ""), (overview.State, overview.Href));
        var nir = Assert.Single(download.Failed);
        Assert.Equal("NIR", nir.AssetKey);
        Assert.Contains("500", nir.Error!.Message);
        Assert.All(download.Assets.Where(asset => asset.AssetKey is not ("NIR" or "overview")), asset =>
            Assert.Equal(Bytes(harness.Simulator.AssetContent(image.Collection, image.Id, asset.AssetKey!)), File.ReadAllBytes(asset.File!.Path)));
        Assert.Equal(image.Assets.Count - 2, download.Downloaded.Count());
    }

    [Fact]
    public async Task An_unpaid_order_is_refused_before_any_file_is_asked_for()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var image = await FacadeImageOrderTests.FirstMantisImageAsync(harness);
        var placed = await harness.Ordering.PlaceOrderAsync(image);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Ordering.DownloadAsync(placed.Order, _folder));

        Assert.Contains(placed.Order.Id!.Value.ToString(), refused.Message);
        Assert.Contains("UNPAID", refused.Message);
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public async Task The_bearer_token_goes_to_the_data_host_and_never_to_an_href_elsewhere()
    {
        await using var bucket = await SimulatedFileServer.StartAsync();
        var content = new SimulatedContent(Seed: 21, Length: 50_000);
        // Another host name for the same loopback interface: the token is kept per host, whatever the port.
        var external = new UriBuilder(bucket.Add("B01_COG.tiff", new SimulatedDownload(content))) { Host = "localhost" }.Uri;
        var item = DataCosmosCatalogueItem.Mantis with
        {
            Item = "MANTIS_L1D_WITH_PUBLIC_BAND",
            Assets = [.. DataCosmosCatalogueItem.Mantis.Assets, new DataCosmosAsset("B01", "B01_COG.tiff", DataCosmosAsset.CloudOptimizedGeoTiff, content.Length) { ExternalHref = external }],
        };
        var seen = new ConcurrentBag<(string Host, bool Bearer)>();
        var sim = await DataCosmosSimulator.StartAsync(new DataCosmosSimulatorOptions { Catalogue = [item], SeededItems = 0 });
        await using var _ = sim;
        var (services, _) = FacadeServices.Build("DataCosmos", FacadeHarness.Connection(sim), null, null, (collection, section) =>
        {
            collection.AddDataCosmos(section);
            collection.AddHttpClient(DataCosmosServiceCollectionExtensions.DataClientName).AddHttpMessageHandler(() => new AuthorizationRecorder(seen));
        });
        await using var __ = services;
        var ordering = services.GetRequiredService<DataCosmosOrdering>();
        var image = await ordering.SearchAsync(FacadeSearchTests.Toulouse, FacadeSearchTests.From, FacadeSearchTests.To).SingleAsync();

        var download = await ordering.DownloadAsync(await BuyAsync(ordering, image), _folder);

        Assert.True(download.IsComplete);
        Assert.Equal(Bytes(content), File.ReadAllBytes(Assert.Single(download.Assets, asset => asset.AssetKey == "B01").File!.Path));
        Assert.All(seen.Where(request => request.Host == "127.0.0.1"), request => Assert.True(request.Bearer));
        Assert.Contains(seen, request => request.Host == "localhost");
        Assert.All(seen.Where(request => request.Host == "localhost"), request => Assert.False(request.Bearer));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<Order> BuyAsync(DataCosmosOrdering ordering, DataCosmosImage image)
    {
        var placed = await ordering.PlaceOrderAsync(image);
        await ordering.CheckoutAsync(placed.Order.Id!.Value);
        return await ordering.WaitUntilPaidAsync(placed.Order.Id!.Value);
    }

    private static byte[] Bytes(SimulatedContent content)
    {
        var bytes = new byte[content.Length];
        content.Fill(0, bytes);
        return bytes;
    }

    /// <summary>Notes, for every request the data client sends, its host and whether it carried a bearer token.</summary>
    private sealed class AuthorizationRecorder(ConcurrentBag<(string Host, bool Bearer)> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add((request.RequestUri!.Host, request.Headers.Authorization?.Scheme == "Bearer"));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
