using System.Net;
using ImageryContracts.Geometry;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Search;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.OneAtlas;
using ImageryContracts.Validation;

namespace ImageryContracts.OneAtlas.Tests;

public sealed class FacadeSearchTests
{
    private const string SearchRoute = "POST /api/v2/opensearch";

    private static readonly DateTimeOffset From = new(2012, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string?> PagesOfTwenty = new() { ["OneAtlas:SearchPageSize"] = "20" };

    [Fact]
    public async Task A_search_pages_to_the_end_one_page_at_a_time_and_types_every_image()
    {
        await using var harness = await FacadeHarness.StartAsync(settings: PagesOfTwenty);

        var images = await harness.Ordering.SearchAsync(FacadeHarness.ToulouseAoi, From, To).ToListAsync();

        var pages = harness.Simulator.Requests.To(SearchRoute).Count;
        Assert.True(images.Count > 60, $"{images.Count} images over Toulouse; the catalogue must page");
        Assert.Equal(images.Count, images.Select(image => image.Id).Distinct().Count());
        Assert.Equal((images.Count + 19) / 20, pages);
        Assert.Equal([Sensor.Spot, Sensor.Pleiades, Sensor.PleiadesNeo], images.Select(image => image.Sensor!.Value).Distinct().Order());
        Assert.All(images, image => Assert.True(image.Footprint!.Intersects(FacadeHarness.ToulouseAoi)));
        Assert.All(images, image => Assert.Equal("SENSOR", image.ProcessingLevel));
        Assert.Equal(images.Select(image => image.CloudCover).Order(), images.Select(image => image.CloudCover));
        Assert.Contains(images, image => image.Id == OneAtlasCatalogueItem.ToulousePleiades.Id);
    }

    [Fact]
    public async Task The_filters_reach_the_search_and_the_images_match_them()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var since = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var images = await harness.Ordering.SearchAsync(
            FacadeHarness.ToulouseAoi, since, To, maxCloudCover: 20, new OneAtlasSearchOptions { Constellations = [Constellation.PleiadesNeo] }).ToListAsync();

        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.Equal(Sensor.PleiadesNeo, image.Sensor));
        Assert.All(images, image => Assert.InRange(image.AcquisitionDate!.Value, since, To));
        Assert.All(images, image => Assert.InRange(image.CloudCover!.Value, 0, 20));
        Assert.All(images, image => Assert.Equal("public-pneo", image.Feature.Properties!.WorkspaceName));
        var body = harness.Simulator.Requests.To(SearchRoute)[0].Body;
        Assert.Contains("\"workspace\":\"public-pneo\"", body, StringComparison.Ordinal);
        Assert.Contains("\"sortBy\":\"cloudCover,-acquisitionDate\"", body, StringComparison.Ordinal);
        Assert.Contains("\"acquisitionDate\":\"[2022-01-01T00:00:00.000Z,2026-01-01T00:00:00.000Z]\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_page_is_asked_for_only_when_the_caller_reads_on()
    {
        await using var harness = await FacadeHarness.StartAsync(settings: PagesOfTwenty);

        var first = await harness.Ordering.SearchAsync(FacadeHarness.ToulouseAoi, From, To).Take(20).ToListAsync();

        Assert.Equal(20, first.Count);
        Assert.Single(harness.Simulator.Requests.To(SearchRoute));
    }

    [Fact]
    public async Task Cancelling_stops_the_search_between_pages()
    {
        await using var harness = await FacadeHarness.StartAsync(settings: PagesOfTwenty);
        using var cancel = new CancellationTokenSource();
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var image in harness.Ordering.SearchAsync(FacadeHarness.ToulouseAoi, From, To, cancellationToken: cancel.Token))
            {
                if (++read == 20)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Equal(20, read);
        Assert.Single(harness.Simulator.Requests.To(SearchRoute));
    }

    [Theory]
    [InlineData(FaultKind.ServiceUnavailable, HttpStatusCode.ServiceUnavailable)]
    [InlineData(FaultKind.TooManyRequests, HttpStatusCode.TooManyRequests)]
    public async Task A_page_answered_with_a_retryable_status_is_asked_for_again_and_nothing_is_lost(FaultKind fault, HttpStatusCode status)
    {
        await using var harness = await FacadeHarness.StartAsync(settings: PagesOfTwenty);
        var expected = await harness.Ordering.SearchAsync(FacadeHarness.ToulouseAoi, From, To).Select(image => image.Id).ToListAsync();
        harness.Simulator.Faults.Next(1, SearchRoute, new Fault(fault) { RetryAfter = TimeSpan.Zero });

        var images = await harness.Ordering.SearchAsync(FacadeHarness.ToulouseAoi, From, To).Select(image => image.Id).ToListAsync();

        Assert.Equal(expected, images);
        Assert.Contains(harness.Simulator.Requests.To(SearchRoute), request => request.StatusCode == (int)status);
    }

    [Fact]
    public async Task An_invalid_aoi_or_range_is_refused_before_anything_is_sent()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var open = new GeoJsonPolygon([new(1.40, 43.60), new(1.50, 43.60), new(1.50, 43.63), new(1.40, 43.63)]);

        var aoi = await Assert.ThrowsAsync<ImageryValidationException>(() => harness.Ordering.SearchAsync(open, From, To).ToListAsync().AsTask());
        await Assert.ThrowsAsync<ArgumentException>(() => harness.Ordering.SearchAsync(FacadeHarness.ToulouseAoi, To, From).ToListAsync().AsTask());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => harness.Ordering.SearchAsync(FacadeHarness.ToulouseAoi, From, To, maxCloudCover: 120).ToListAsync().AsTask());

        Assert.Contains("geometry/coordinates/0", aoi.Problems[0].Fields[0], StringComparison.Ordinal);
        Assert.Empty(harness.Simulator.Requests.To(SearchRoute));
    }
}
