using ImageryContracts.DataCosmos.Catalogue;
using ImageryContracts.Geometry;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Validation;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>The facade's catalogue search against the simulator: paging to the end, filters, caps, prices, faults and cancellation.</summary>
public sealed class FacadeSearchTests
{
    private const string SearchRoute = "POST /v0/stac/search";

    /// <summary>The seed's Toulouse AOI.</summary>
    internal static readonly GeoJsonPolygon Toulouse = GeoJsonPolygon.Parse(
        """{"type":"Polygon","coordinates":[[[1.4089965820312502,43.59829500262717],[1.4089965820312502,43.63408731864001],[1.5078735351562496,43.63408731864001],[1.5078735351562496,43.59829500262717],[1.4089965820312502,43.59829500262717]]]}""");

    internal static readonly DateTimeOffset From = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
    internal static readonly DateTimeOffset To = new(2026, 12, 31, 23, 59, 59, TimeSpan.Zero);

    [Fact]
    public async Task Paging_with_the_cursor_reaches_the_end_and_returns_what_one_big_page_returns()
    {
        await using var harness = await FacadeHarness.StartAsync();

        var paged = await harness.Ordering.SearchAsync(Toulouse, From, To, options: new DataCosmosSearchOptions { PageSize = 7 }).ToListAsync();
        var pageRequests = harness.Simulator.Requests.To(SearchRoute);
        var whole = await harness.Ordering.SearchAsync(Toulouse, From, To, options: new DataCosmosSearchOptions { PageSize = 10_000 }).ToListAsync();

        Assert.True(paged.Count > 20, $"{paged.Count} images over Toulouse");
        Assert.Equal(whole.Select(image => image.Id), paged.Select(image => image.Id));
        Assert.Equal(paged.Count, paged.Select(image => (image.Collection, image.Id)).Distinct().Count());
        Assert.Equal((paged.Count + 6) / 7, pageRequests.Count);
        Assert.DoesNotContain("\"cursor\"", pageRequests[0].Body);
        Assert.All(pageRequests.Skip(1), request => Assert.Contains("\"cursor\":\"next:", request.Body));
        Assert.All(paged, image => Assert.True(image.Footprint!.Intersects(Toulouse), $"{image.Id} does not cover the AOI"));
    }

    [Fact]
    public async Task Time_cloud_levels_platforms_and_collections_are_sent_as_filters()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var from = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2025, 6, 30, 23, 59, 59, TimeSpan.Zero);

        var byLevel = await harness.Ordering.SearchAsync(Toulouse, from, to, 50, new DataCosmosSearchOptions { Levels = ["l1c"] }).ToListAsync();
        var byPlatform = await harness.Ordering.SearchAsync(Toulouse, From, To, options: new DataCosmosSearchOptions { Platforms = ["menut"] }).ToListAsync();
        var byCollection = await harness.Ordering.SearchAsync(Toulouse, From, To, options: new DataCosmosSearchOptions { Collections = ["mantis-l1d-cogs"] }).ToListAsync();
        var all = await harness.Ordering.SearchAsync(Toulouse, From, To).ToListAsync();

        Assert.NotEmpty(byLevel);
        Assert.All(byLevel, image =>
        {
            Assert.Equal("L1C", image.ProcessingLevel);
            Assert.InRange(image.Acquired!.Value, from, to);
            Assert.InRange(image.CloudCover!.Value, 0, 50);
        });
        Assert.Equal(all.Where(image => image.Platform == "menut").Select(image => image.Id), byPlatform.Select(image => image.Id));
        Assert.Equal(all.Where(image => image.Collection == "mantis-l1d-cogs").Select(image => image.Id), byCollection.Select(image => image.Id));
        Assert.NotEmpty(byPlatform);
        Assert.NotEmpty(byCollection);
    }

    [Fact]
    public async Task The_cap_ends_the_search_without_asking_for_another_page()
    {
        await using var harness = await FacadeHarness.StartAsync();

        var capped = await harness.Ordering.SearchAsync(Toulouse, From, To, options: new DataCosmosSearchOptions { PageSize = 25, MaxItems = 30 }).ToListAsync();

        var requests = harness.Simulator.Requests.To(SearchRoute);
        Assert.Equal(30, capped.Count);
        Assert.Equal(2, requests.Count);
        Assert.Contains("\"limit\":5", requests[1].Body);
    }

    [Theory]
    [InlineData(FaultKind.ServiceUnavailable)]
    [InlineData(FaultKind.TooManyRequests)]
    public async Task A_page_answered_with_503_or_429_is_asked_for_again_and_the_search_goes_on(FaultKind kind)
    {
        await using var harness = await FacadeHarness.StartAsync();
        var expected = await harness.Ordering.SearchAsync(Toulouse, From, To, options: new DataCosmosSearchOptions { PageSize = 10 }).Select(image => image.Id).ToListAsync();
        harness.Simulator.Requests.Clear();

        var found = new List<string>();
        FaultRegistration? fault = null;
        await foreach (var image in harness.Ordering.SearchAsync(Toulouse, From, To, options: new DataCosmosSearchOptions { PageSize = 10 }))
        {
            found.Add(image.Id);
            fault ??= harness.Simulator.Faults.Next(1, SearchRoute, new Fault(kind) { RetryAfter = TimeSpan.Zero });
        }

        Assert.Equal(expected, found);
        Assert.Equal(1, fault!.Triggered);
        Assert.Contains(harness.Simulator.Requests.To(SearchRoute), request => request.Fault == kind);
    }

    [Fact]
    public async Task Under_a_contract_every_image_carries_its_price()
    {
        await using var harness = await FacadeHarness.StartAsync();

        var priced = await harness.Ordering.SearchAsync(Toulouse, From, To, options: new DataCosmosSearchOptions { ContractId = 42, MaxItems = 20 }).ToListAsync();
        var unpriced = await harness.Ordering.SearchAsync(Toulouse, From, To, options: new DataCosmosSearchOptions { MaxItems = 20 }).ToListAsync();

        Assert.All(priced, image =>
        {
            Assert.Equal(Math.Round((decimal)image.AreaKm2!.Value * 2.50m, 2, MidpointRounding.AwayFromZero), image.Price);
            Assert.Equal("EUR", image.PriceCurrency);
        });
        Assert.All(unpriced, image => Assert.Null(image.Price));
        Assert.Contains("contract_id=42", harness.Simulator.Requests.To(SearchRoute)[0].Query);
    }

    [Fact]
    public async Task Cancelling_between_images_stops_the_search_before_the_next_page()
    {
        await using var harness = await FacadeHarness.StartAsync();
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var image in harness.Ordering.SearchAsync(Toulouse, From, To, options: new DataCosmosSearchOptions { PageSize = 5 }, cancellationToken: cancellation.Token))
            {
                if (++seen == 5)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(5, seen);
        Assert.Single(harness.Simulator.Requests.To(SearchRoute));
    }

    [Fact]
    public async Task A_broken_aoi_or_range_is_refused_before_anything_is_sent()
    {
        await using var harness = await FacadeHarness.StartAsync();
        var open = new GeoJsonPolygon([new(1.4, 43.6), new(1.5, 43.6), new(1.5, 43.7), new(1.4, 43.7)]);

        var aoi = Assert.Throws<ImageryValidationException>(() => harness.Ordering.SearchAsync(open, From, To));
        Assert.Throws<ArgumentOutOfRangeException>(() => harness.Ordering.SearchAsync(Toulouse, To, From));
        Assert.Throws<ArgumentOutOfRangeException>(() => harness.Ordering.SearchAsync(Toulouse, From, To, 120));
        Assert.Throws<ArgumentOutOfRangeException>(() => harness.Ordering.SearchAsync(Toulouse, From, To, options: new DataCosmosSearchOptions { PageSize = 0 }));

        Assert.Contains(aoi.Problems, problem => problem.Fields.Any(field => field.StartsWith("intersects", StringComparison.Ordinal)));
        Assert.Empty(harness.Simulator.Requests.To(SearchRoute));
    }
}
