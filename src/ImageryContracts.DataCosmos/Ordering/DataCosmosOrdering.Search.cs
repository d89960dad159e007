using System.Globalization;
using System.Runtime.CompilerServices;
using ImageryContracts.DataCosmos.Catalogue;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Geometry;
using ImageryContracts.Http;
using ImageryContracts.Ordering;
using ImageryContracts.Rules;
using ImageryContracts.Telemetry;
using ImageryContracts.Validation;
using Microsoft.Extensions.Logging;

namespace ImageryContracts.DataCosmos.Ordering;

/// <summary>The catalogue end of the workflow: searching for images, and ordering a search result after checking it against the image.</summary>
public sealed partial class DataCosmosOrdering
{
    /// <summary>
    /// Searches the STAC catalogue for images over an AOI, taken in a time range, with at most some cloud cover, and
    /// streams them page by page: each page is asked for only when the previous one is used up, so memory stays flat
    /// however many images match. A page answered with 429 or 503 is asked for again (the pipeline's retries): a
    /// search changes nothing.
    /// The whole search is one <c>imagery.search</c> span, with the pages read and the images yielded (docs/telemetry.md).
    /// </summary>
    /// <param name="aoi">The area of interest; images whose footprint intersects it are returned.</param>
    /// <param name="from">The earliest acquisition time, inclusive.</param>
    /// <param name="to">The latest acquisition time, inclusive.</param>
    /// <param name="maxCloudCover">The most cloud cover in percent, 0 to 100; <c>null</c> for any.</param>
    /// <param name="options">Collections, levels, platforms, page size, a cap on the number of images, and the contract prices are given under.</param>
    /// <param name="cancellationToken">Stops the search between or during pages.</param>
    /// <returns>The images, newest first as the vendor orders them.</returns>
    /// <exception cref="ImageryValidationException">The AOI is not a valid polygon; nothing was sent.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The time range is reversed, or the cloud cover, page size or cap is out of range.</exception>
    /// <exception cref="ImageryApiException">The vendor refused a page or could not be reached after the pipeline's retries.</exception>
    public IAsyncEnumerable<DataCosmosImage> SearchAsync(
        GeoJsonPolygon aoi, DateTimeOffset from, DateTimeOffset to, double? maxCloudCover = null, DataCosmosSearchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aoi);
        options ??= new DataCosmosSearchOptions();
        aoi.Validate("intersects").ThrowIfInvalid();
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The time range ends ({to:O}) before it starts ({from:O}); swap the two.");
        }

        if (maxCloudCover is not (null or (>= 0 and <= 100)))
        {
            throw new ArgumentOutOfRangeException(nameof(maxCloudCover), maxCloudCover, "Cloud cover is a percentage; give 0 to 100, or null for any.");
        }

        if (options.PageSize is < 1 or > DataCosmosSearchOptions.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PageSize, $"DataCosmosSearchOptions.PageSize is {options.PageSize}; give 1 to {DataCosmosSearchOptions.MaxPageSize}.");
        }

        if (options.MaxItems is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxItems, $"DataCosmosSearchOptions.MaxItems is {options.MaxItems}; give 1 or more, or null for every match.");
        }

        var first = StacSearchPaging.FirstBody(aoi, from, to, maxCloudCover, options, Math.Min(options.PageSize, options.MaxItems ?? int.MaxValue));
        return TracedCall.SearchAsync(_calls.Vendor, pageRead => PagesAsync(first, options, pageRead), cancellationToken);
    }

    /// <summary>Reads one catalogue item again (its asset hrefs are taken from this answer before a download).</summary>
    /// <param name="collection">The item's collection id.</param>
    /// <param name="item">The item's id.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ImageryApiException">The vendor refused (an unknown item) or could not be reached.</exception>
    public Task<StacItem> GetItemAsync(string collection, string item, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(collection);
        ArgumentException.ThrowIfNullOrWhiteSpace(item);
        return _calls.RunAsync("getItem", RetryPolicy.Default,
            call => Client.V0.Stac.Collections[collection].Items[item].GetAsync(call.Configure, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Orders an image a search returned, whole or clipped to an AOI, after checking the order against the image itself:
    /// the level must be the image's, and a clip must intersect the image's footprint. A refusal names the image.
    /// </summary>
    /// <param name="image">The search result.</param>
    /// <param name="clipTo">The AOI to buy; <c>null</c> for the whole image. It needs <paramref name="projectId"/> (a vendor rule).</param>
    /// <param name="projectId">The project the clipped purchase is attached to; with <paramref name="clipTo"/> only.</param>
    /// <param name="level">The level to buy; <c>null</c> for the image's own, the only one it is sold at.</param>
    /// <param name="clientReference">The idempotency key (for example <see cref="ClientReference.FromJobKey"/> of the caller's job), so a restarted caller resumes the order; <c>null</c> generates one.</param>
    /// <param name="cancellationToken">Stops the call; an order already sent may still be created.</param>
    /// <returns>The created order and how it was obtained.</returns>
    /// <exception cref="ImageryValidationException">The order does not fit the image, or breaks a vendor rule; nothing was sent.</exception>
    /// <inheritdoc cref="PlaceOrderAsync(CreateOrderRequest, string?, CancellationToken)" path="/exception"/>
    public Task<OrderCreationResult<Order>> PlaceOrderAsync(
        DataCosmosImage image, GeoJsonPolygon? clipTo = null, string? projectId = null, string? level = null, string? clientReference = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        CheckAgainst(image, clipTo, level).ThrowIfInvalid();
        return PlaceOrderAsync(
            [new OrderLineItem
            {
                Collection = image.Collection,
                Item = image.Id,
                Level = level ?? image.ProcessingLevel,
                Geometry = clipTo is null ? null : StacGeoJson.ToOrderPolygon(clipTo),
                ProjectId = projectId,
            }],
            clientReference,
            cancellationToken);
    }

    private static ValidationResult CheckAgainst(DataCosmosImage image, GeoJsonPolygon? clipTo, string? level)
    {
        var problems = new List<ValidationProblem>();
        var name = $"image {image.Id} of {image.Collection}";
        if (image.ProcessingLevel is not { Length: > 0 } sold)
        {
            problems.Add(new ValidationProblem(AcceptedBySensorsAttribute.RuleId,
                $"The search result for {name} carries no processing:level, and an order line must name the image's level; read the item again (GetItemAsync) or order it with the level the vendor lists for it.",
                ["data/order_line_items/0/level"]));
        }
        else if (level is not null && !string.Equals(level, sold, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new ValidationProblem(AcceptedBySensorsAttribute.RuleId,
                $"Level '{level}' is not the level of {name} ({image.Platform ?? "platform not stated"}, {sold}); an image is sold at its own level only, so order {sold} or search for the level you need.",
                ["data/order_line_items/0/level"]));
        }

        if (clipTo is not null)
        {
            problems.AddRange(clipTo.Validate("data/order_line_items/0/geometry").Problems);
            if (image.Coverage is not { } coverage)
            {
                problems.Add(new ValidationProblem(GeoJsonPolygon.AoiRuleId,
                    $"The search result for {name} has no footprint or bounding box to check the AOI against; read the item again (GetItemAsync), or order the whole image.",
                    ["data/order_line_items/0/geometry"]));
            }
            else if (problems.Count == 0 && !clipTo.Intersects(coverage))
            {
                problems.Add(new ValidationProblem(GeoJsonPolygon.AoiRuleId,
                    string.Create(CultureInfo.InvariantCulture, $"The AOI does not intersect the footprint of {name} (bbox {string.Join(", ", image.Bbox ?? [])}); choose an image that covers the AOI, or an AOI inside this image."),
                    ["data/order_line_items/0/geometry"]));
            }
        }

        return problems.Count == 0 ? ValidationResult.Success : new ValidationResult(problems);
    }

    private async IAsyncEnumerable<DataCosmosImage> PagesAsync(StacSearchRequest body, DataCosmosSearchOptions options, Action pageRead, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var contract = options.ContractId ?? _options.ContractId;
        var remaining = options.MaxItems ?? long.MaxValue;
        StacNextPage? next = new(body, null);
        while (next is not null)
        {
            var asked = (next.Body?.Cursor, next.Url);
            var page = await ReadPageAsync(next, contract, cancellationToken).ConfigureAwait(false);
            pageRead();
            foreach (var item in page.Features ?? [])
            {
                if (DataCosmosImage.FromItem(item) is not { } image)
                {
                    _logger.LogWarning("DataCosmos search result without id or collection skipped (it cannot be ordered).");
                    continue;
                }

                yield return image;
                if (--remaining == 0)
                {
                    yield break;
                }
            }

            next = await StacSearchPaging.NextAsync(next.Body ?? body, page, cancellationToken).ConfigureAwait(false);
            if (next is not null && (next.Body?.Cursor, next.Url) == asked)
            {
                // The same request would get the same answer: a search that never ends rather than one that ends short.
                throw new ImageryApiException($"{_calls.Vendor} searchItems answered a page whose next link asks for that same page again (cursor '{asked.Cursor ?? asked.Url}'); the search stops here instead of repeating it.", null)
                {
                    Kind = ImageryFailureKind.UnreadableResponse,
                    Vendor = _calls.Vendor,
                    Operation = "searchItems",
                    Field = "links",
                };
            }

            if (next?.Body is { } following && following.Limit > remaining)
            {
                following.Limit = (int)remaining;
            }
        }
    }

    private Task<StacItemCollection> ReadPageAsync(StacNextPage next, long? contract, CancellationToken cancellationToken) =>
        _calls.RunAsync("searchItems", RetryPolicy.SafeToRetry, call =>
        {
            var search = next.Url is null ? Client.V0.Stac.Search : Client.V0.Stac.Search.WithUrl(next.Url);
            return next.Body is null
                ? search.GetAsync(call.Configure, cancellationToken)
                : search.PostAsync(next.Body, configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.ContractId = next.Url is null ? contract : null;
                }, cancellationToken);
        }, cancellationToken);
}
