using System.Globalization;
using System.Runtime.CompilerServices;
using ImageryContracts.Downloads;
using ImageryContracts.Geometry;
using ImageryContracts.Http;
using ImageryContracts.Journal;
using ImageryContracts.OneAtlas.Api.V1.Items.Item.Download;
using ImageryContracts.OneAtlas.Downloads;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Search;
using ImageryContracts.OneAtlas.Validation;
using ImageryContracts.Ordering;
using ImageryContracts.Polling;
using ImageryContracts.Telemetry;
using ImageryContracts.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Kiota.Abstractions;

namespace ImageryContracts.OneAtlas.Ordering;

/// <summary>
/// "Find an image over this AOI, price it, order it, tell me when it is delivered, put the files on disk" on OneAtlas,
/// over the generated <see cref="OneAtlasClient"/>. Every request is checked against the spec's rules before it is sent
/// (against the image's own sensor and footprint when it comes from a search); every failure is an
/// <see cref="ImageryApiException"/>; an order is created at most once whatever the faults, by tagging it with a unique
/// client reference and looking for that tag after an ambiguous failure.
/// </summary>
/// <remarks>
/// The client reference is an idempotency key: the same reference with the same content returns the order it created
/// (<see cref="OrderCreationResult{TOrder}.Resumed"/>), with other content it is refused
/// (<see cref="ClientReferenceConflictException"/>). With an <see cref="IOrderJournal"/> the journal is the record,
/// shared by every process and machine that uses it; without one, the vendor's order list is: a caller-chosen
/// reference is looked up by its tag before anything is sent.
/// </remarks>
public sealed class OneAtlasOrdering
{
    private static readonly Func<Order, PollDecision> DeliveryState = PollClassifier.ByState<Order, string>(
        order => order.Status?.ToWireValue() ?? "(no status)",
        waiting: [OrderStatus.Ordered.ToWireValue()],
        done: [OrderStatus.Delivered.ToWireValue()],
        failed: [OrderStatus.Error.ToWireValue(), OrderStatus.Rejected.ToWireValue()]);

    /// <summary>The journal's vendor key for OneAtlas orders.</summary>
    public const string JournalVendor = "OneAtlas";

    // The download response's checksum headers (specs/oneatlas/oneatlas.yaml, components/headers).
    private const string ChecksumMethodHeader = "X-Ads-Checksum-Method";
    private const string ChecksumValueHeader = "X-Ads-Checksum-Value";

    private readonly VendorCallRunner _calls;
    private readonly OneAtlasOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Lazy<FileDownloader> _downloader;

    /// <summary>Creates the facade over a client whose adapter authenticates (see <c>services.AddOneAtlas(…)</c>).</summary>
    /// <param name="client">The generated client.</param>
    /// <param name="options">Page sizes, hosts, lookup window, creation, polling and download settings; <c>null</c> for the defaults.</param>
    /// <param name="logger">Where order decisions are logged; <c>null</c> for none.</param>
    /// <param name="timeProvider">The clock of polling and waits; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="journal">The order journal that makes client references hold across processes; <c>null</c> to rely on the order list alone.</param>
    /// <param name="downloader">
    /// Streams delivered products to disk; <c>AddOneAtlas</c> gives it the data HTTP client. <c>null</c> creates one over
    /// the kit's HTTP pipeline on first use. Requests are authenticated by the client's adapter either way.
    /// </param>
    public OneAtlasOrdering(
        OneAtlasClient client, OneAtlasOptions? options = null, ILogger<OneAtlasOrdering>? logger = null, TimeProvider? timeProvider = null, IOrderJournal? journal = null, FileDownloader? downloader = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        Client = client;
        Journal = journal;
        _options = options ?? new OneAtlasOptions();
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _calls = OneAtlasErrors.CreateRunner(_logger);
        _time = timeProvider ?? TimeProvider.System;
        _downloader = downloader is null
            ? new Lazy<FileDownloader>(() => new FileDownloader(ImageryHttpPipeline.CreateHttpClient(_options.Http, _logger, timeProvider: _time), _options.Download, _time))
            : new Lazy<FileDownloader>(downloader);
    }

    /// <summary>The order journal, or <c>null</c> when the vendor's order list is the only record.</summary>
    public IOrderJournal? Journal { get; }

    /// <summary>The generated client, for the calls this facade does not cover.</summary>
    public OneAtlasClient Client { get; }

    /// <summary>Prices a request: the credits an order with the same body would take, per delivery and in total.</summary>
    /// <param name="request">The order kind and products, exactly as they would be ordered.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The price with the echoed request.</returns>
    /// <exception cref="ImageryValidationException">The request breaks a vendor rule; nothing was sent.</exception>
    /// <exception cref="ImageryApiException">The vendor refused or could not be reached.</exception>
    public async Task<PriceResponse> PriceAsync(OrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        return await TracedCall.RunAsync(ImageryTelemetry.PriceSpan, _calls.Vendor, () => _calls.RunAsync("getPrice", RetryPolicy.SafeToRetry,
            call => Client.Api.V1.Prices.PostAsync(request, call.Configure, cancellationToken), cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// The catalogue images over an AOI acquired in a time range, no cloudier than a maximum, page by page: one page is
    /// held at a time whatever the number of matches, and the next is asked for (<c>startPage</c>) only when the caller
    /// reads on. OneAtlas gives no next links, so paging stops at <c>totalResults</c> or at a short or empty page. A page
    /// answered 503 or 429 is asked for again, as the pipeline retries every read.
    /// The whole search is one <c>imagery.search</c> span, with the pages read and the images yielded (docs/telemetry.md).
    /// </summary>
    /// <param name="aoi">The area the images must cover (intersect, unless <see cref="OneAtlasSearchOptions.Relation"/> says otherwise).</param>
    /// <param name="acquiredFrom">The earliest acquisition, included.</param>
    /// <param name="acquiredTo">The latest acquisition, included.</param>
    /// <param name="maxCloudCover">The cloudiest acquisition accepted, in percent (0 to 100); the vendor's cover is the whole acquisition's.</param>
    /// <param name="options">Constellations, workspaces, processing levels, order; <c>null</c> for orderable images of every sensor, least cloud first.</param>
    /// <param name="cancellationToken">Stops the search between or during pages.</param>
    /// <returns>The images, in the search's order.</returns>
    /// <exception cref="ArgumentException">The time range is reversed or the cloud cover is outside 0–100.</exception>
    /// <exception cref="ImageryValidationException">The AOI is not a valid polygon; nothing was sent.</exception>
    /// <exception cref="ImageryApiException">A page could not be read after the pipeline's retries.</exception>
    public IAsyncEnumerable<OneAtlasImage> SearchAsync(
        GeoJsonPolygon aoi,
        DateTimeOffset acquiredFrom,
        DateTimeOffset acquiredTo,
        double maxCloudCover = 100,
        OneAtlasSearchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aoi);
        if (acquiredTo < acquiredFrom)
        {
            throw new ArgumentException($"The acquisition range ends ({acquiredTo:O}) before it starts ({acquiredFrom:O}); swap the two dates.", nameof(acquiredTo));
        }

        if (!(maxCloudCover is >= 0 and <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(maxCloudCover), maxCloudCover, "A cloud cover is a percentage from 0 to 100.");
        }

        options ??= new OneAtlasSearchOptions();
        var pageSize = _options.SearchPageSize;
        var body = SearchBody(aoi, acquiredFrom, acquiredTo, maxCloudCover, options, pageSize);
        OneAtlasValidator.Validate(body).ThrowIfInvalid();
        return TracedCall.SearchAsync(_calls.Vendor, pageRead => PagesAsync(body, pageSize, pageRead), cancellationToken);
    }

    private async IAsyncEnumerable<OneAtlasImage> PagesAsync(SearchOptions body, int pageSize, Action pageRead, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var url = _options.SearchUrl.TrimEnd('/') + "/api/v2/opensearch";
        for (var page = 1; ; page++)
        {
            body.StartPage = page;

            // A fresh builder per call: Kiota's request information takes over a raw-URL builder's path parameters and
            // clears them, so a builder made with WithUrl serves one request.
            var answer = await _calls.RunAsync("searchCatalogueByBody", RetryPolicy.SafeToRetry,
                call => Client.Api.V2.Opensearch.WithUrl(url).PostAsync(body, call.Configure, cancellationToken), cancellationToken).ConfigureAwait(false);
            pageRead();
            var features = answer.Features ?? [];
            foreach (var feature in features)
            {
                yield return OneAtlasImage.FromFeature(feature);
            }

            var read = (answer.StartIndex ?? ((page - 1) * pageSize)) + features.Count;
            if (features.Count < pageSize || read >= (answer.TotalResults ?? read))
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Prices a product of a catalogue image, after checking it against that image: the image's sensor must accept
    /// every value (BASIC16 is refused on a Pléiades Neo image, <c>bundle-fs</c> on a Pléiades one) and the AOI must
    /// intersect the footprint.
    /// </summary>
    /// <param name="image">The image, from <see cref="SearchAsync"/>.</param>
    /// <param name="product">The product, for example from <see cref="OneAtlasImage.Product"/>.</param>
    /// <param name="kind">The order kind of the account's consumption mode.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The price with the echoed request.</returns>
    /// <exception cref="ImageryValidationException">The product breaks a rule for this image (the message names the image, its sensor, the values and the fix); nothing was sent.</exception>
    /// <exception cref="ImageryApiException">The vendor refused or could not be reached.</exception>
    public Task<PriceResponse> PriceAsync(OneAtlasImage image, Product product, OrderKind kind = OrderKind.DataProduct, CancellationToken cancellationToken = default) =>
        PriceAsync(CheckedAgainst(image, product, kind), cancellationToken);

    /// <summary>Orders a product of a catalogue image at most once, after checking it against that image as <see cref="PriceAsync(OneAtlasImage, Product, OrderKind, CancellationToken)"/> does.</summary>
    /// <param name="image">The image, from <see cref="SearchAsync"/>.</param>
    /// <param name="product">The product, for example from <see cref="OneAtlasImage.Product"/>.</param>
    /// <param name="kind">The order kind of the account's consumption mode.</param>
    /// <param name="cancellationToken">Stops the call; an order already sent may still be created.</param>
    /// <returns>The created order, its client reference tag and how it was obtained.</returns>
    /// <exception cref="ImageryValidationException">The product breaks a rule for this image; nothing was sent.</exception>
    /// <inheritdoc cref="PlaceOrderAsync(OrderRequest, string?, CancellationToken)" path="/exception"/>
    public Task<OrderCreationResult<Order>> PlaceOrderAsync(OneAtlasImage image, Product product, OrderKind kind = OrderKind.DataProduct, CancellationToken cancellationToken = default) =>
        PlaceOrderAsync(CheckedAgainst(image, product, kind), clientReference: null, cancellationToken);

    /// <summary>
    /// Downloads every delivery of a delivered order into a folder, at most <see cref="DownloadOptions.MaxParallel"/> at
    /// once; one delivery's failure is in its outcome and the others carry on.
    /// </summary>
    /// <param name="order">The delivered order (as <see cref="WaitForDeliveryAsync"/> returns it).</param>
    /// <param name="targetFolder">Where the files go, one <c>&lt;delivery id&gt;.zip</c> per delivery; created when missing.</param>
    /// <param name="progress">Receives every file's progress (bytes, total, rate), from several threads at once.</param>
    /// <param name="cancellationToken">Stops every download, leaving partial files that the next call resumes.</param>
    /// <returns>One outcome per delivery, in the order's order.</returns>
    /// <exception cref="InvalidOperationException">The order is not delivered, or a delivery's download link cannot be chosen or points elsewhere than <see cref="OneAtlasOptions.AccessUrl"/>.</exception>
    public async Task<IReadOnlyList<DownloadOutcome>> DownloadAsync(Order order, string targetFolder, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Status != OrderStatus.Delivered)
        {
            throw new InvalidOperationException($"Order {order.Id} is {order.Status?.ToWireValue() ?? "(no status)"}, not delivered; wait for it (WaitForDeliveryAsync) before downloading.");
        }

        var files = (order.Deliveries ?? []).Select(delivery => Download(delivery, targetFolder)).ToList();
        return await _downloader.Value.DownloadAllAsync(files, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Downloads one delivered delivery into a folder: from the link the delivery gives (chosen by name and type, never
    /// built), streamed to a partial file beside the target in constant memory, resumed where the server allows ranges,
    /// its length and the md5 the access server announces verified, then renamed into place.
    /// </summary>
    /// <param name="delivery">A delivered delivery of an order.</param>
    /// <param name="targetFolder">Where the file goes, as <c>&lt;delivery id&gt;.zip</c>; created when missing.</param>
    /// <param name="progress">Receives the file's progress: bytes, total and rate.</param>
    /// <param name="cancellationToken">Stops the download, leaving the partial file that the next call resumes.</param>
    /// <returns>The file in place, with its length, md5 and how many attempts, resumes and restarts it took.</returns>
    /// <exception cref="InvalidOperationException">The delivery is not delivered, its download link cannot be chosen, or it points elsewhere than <see cref="OneAtlasOptions.AccessUrl"/>.</exception>
    /// <exception cref="ImageryApiException">The access server refused, or every attempt failed; the partial file is kept.</exception>
    /// <exception cref="DownloadIntegrityException">The length or md5 is wrong; nothing is kept.</exception>
    public async Task<DownloadResult> DownloadAsync(Delivery delivery, string targetFolder, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        await _downloader.Value.DownloadAsync(Download(delivery, targetFolder), progress, cancellationToken).ConfigureAwait(false);

    /// <summary>Orders one product.</summary>
    /// <param name="product">The product: catalogue item, product type, processing, format, CRS and AOI.</param>
    /// <param name="kind">The order kind of the account's consumption mode.</param>
    /// <param name="cancellationToken">Stops the call; an order already sent may still be created.</param>
    /// <returns>The created order, its client reference tag and how it was obtained.</returns>
    /// <inheritdoc cref="PlaceOrderAsync(OrderRequest, string?, CancellationToken)" path="/exception"/>
    public Task<OrderCreationResult<Order>> PlaceOrderAsync(Product product, OrderKind kind = OrderKind.DataProduct, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        return PlaceOrderAsync([product], kind, cancellationToken);
    }

    /// <summary>Orders a product list: one order, one delivery per product.</summary>
    /// <param name="products">The products.</param>
    /// <param name="kind">The order kind of the account's consumption mode.</param>
    /// <param name="cancellationToken">Stops the call; an order already sent may still be created.</param>
    /// <returns>The created order, its client reference tag and how it was obtained.</returns>
    /// <inheritdoc cref="PlaceOrderAsync(OrderRequest, string?, CancellationToken)" path="/exception"/>
    public Task<OrderCreationResult<Order>> PlaceOrderAsync(IReadOnlyList<Product> products, OrderKind kind = OrderKind.DataProduct, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(products);
        return PlaceOrderAsync(new OrderRequest { Kind = kind, Products = [.. products] }, clientReference: null, cancellationToken);
    }

    /// <summary>
    /// Orders a request at most once under a client reference. The request is never resent by the HTTP pipeline; after an
    /// ambiguous failure (timeout, reset, 5xx, lost answer) the order list is searched for the reference's tag before
    /// anything is resent, so a fault never yields two orders or a lost one. The same reference again (a redelivered
    /// job, a restart, another worker) returns the order it created.
    /// </summary>
    /// <param name="request">The order kind and products; its own tags are kept. Not modified.</param>
    /// <param name="clientReference">
    /// The idempotency key, letters only (it travels as a tag), for example <see cref="ClientReference.FromJobKey"/>
    /// of the caller's job; <c>null</c> generates a new one (<see cref="OrderTag.New"/>).
    /// </param>
    /// <param name="cancellationToken">Stops the call; an order already sent may still be created.</param>
    /// <returns>The created order, its client reference tag and how it was obtained.</returns>
    /// <exception cref="ImageryValidationException">The request breaks a vendor rule; nothing was sent.</exception>
    /// <exception cref="ClientReferenceConflictException">The reference already stands for an order with other content; nothing was sent.</exception>
    /// <exception cref="OrderInProgressException">Another worker is placing this reference (journal only); nothing was sent.</exception>
    /// <exception cref="ImageryApiException">The vendor refused the order, or it could not be created and the order list shows none.</exception>
    /// <exception cref="OrderOutcomeUnknownException">A failure left the outcome unknown and the order list could not be read.</exception>
    public async Task<OrderCreationResult<Order>> PlaceOrderAsync(OrderRequest request, string? clientReference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tag = clientReference ?? OrderTag.New();
        var tagged = new OrderRequest
        {
            Kind = request.Kind,
            Products = request.Products,
            Tags = [.. request.Tags ?? [], tag],
            AdditionalData = request.AdditionalData,
        };
        Validate(tagged);
        var (fingerprint, content) = OneAtlasOrderContent.Of(tagged, tag);
        return await TracedCall.CreateOrderAsync(_calls.Vendor, () => JournaledCreation.CreateAsync(
            new CreationSteps<Order>
            {
                Intent = new OrderIntent(JournalVendor, tag, fingerprint, content),
                OrderReference = $"tagged {tag}",
                Send = token => _calls.RunAsync("createOrder", RetryPolicy.Never, call => Client.Api.V1.Orders.PostAsync(tagged, call.Configure, token), token),
                FindCreated = (_, token) => FindByTagAsync(tag, token),
                AnswerOf = IdOf,
                Replay = (answer, token) => GetOrderAsync(Guid.Parse(answer), token),
                LookUpFirst = clientReference is not null,
                ContentOf = order => OneAtlasOrderContent.Of(order.Payload ?? new OrderPayload(), tag),
            },
            Journal,
            _options.Creation,
            _time,
            _logger,
            cancellationToken), order => order.Id).ConfigureAwait(false);
    }

    /// <summary>
    /// Settles the OneAtlas intents an earlier run left in the journal without an answer (a crash between sending and
    /// recording): each is looked up by its tag over the lookup grace. Nothing is sent. Call it on start; the next
    /// call with a reference settles it too.
    /// </summary>
    /// <param name="cancellationToken">Stops recovery.</param>
    /// <returns>One line per unanswered intent; empty without a journal.</returns>
    public async Task<IReadOnlyList<RecoveredIntent>> RecoverAsync(CancellationToken cancellationToken = default) =>
        Journal is null
            ? []
            : await JournalRecovery.RecoverAsync(
                Journal,
                JournalVendor,
                async (entry, token) => await FindByTagAsync(entry.Reference, token).ConfigureAwait(false) is { } order ? IdOf(order) : null,
                contentIdentifiesOrder: false,
                _options.Creation,
                _time,
                _logger,
                cancellationToken).ConfigureAwait(false);

    /// <summary>Reads one order; a read counts as a poll.</summary>
    /// <param name="orderId">The order's id.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ImageryApiException">Reading the order failed after the pipeline's retries.</exception>
    public Task<Order> GetOrderAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        _calls.RunAsync("getOrder", RetryPolicy.Default, call => Client.Api.V1.Orders[orderId].GetAsync(call.Configure, cancellationToken), cancellationToken);

    /// <summary>Polls an order until it is <c>delivered</c>, with backoff, jitter and the deadline of <see cref="OneAtlasOptions.Polling"/>.</summary>
    /// <param name="orderId">The order's id.</param>
    /// <param name="progress">Receives every poll: the order as read, the attempt, the elapsed time and the next wait.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The delivered order.</returns>
    /// <exception cref="PollFailedException">The order ended <c>error</c> or <c>rejected</c>, or came back with a status the spec does not list.</exception>
    /// <exception cref="PollTimeoutException">The deadline passed while the order was still <c>ordered</c>.</exception>
    /// <exception cref="ImageryApiException">Reading the order failed after the pipeline's retries.</exception>
    public async Task<Order> WaitForDeliveryAsync(Guid orderId, IProgress<PollProgress<Order>>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = await TracedCall.PollAsync(_calls.Vendor, () => Poller.PollAsync(
            token => GetOrderAsync(orderId, token),
            DeliveryState,
            _options.Polling,
            _time,
            progress,
            order => $"order {order.Id} {order.Status?.ToWireValue() ?? "(no status)"}",
            cancellationToken)).ConfigureAwait(false);
        return result.Value;
    }

    /// <summary>
    /// Every order of the account, newest first, across all pages, reading one page at a time (constant memory however
    /// many orders exist). Orders created while listing push older ones to later pages, so an order may appear twice
    /// but none is skipped.
    /// </summary>
    /// <param name="status">Only orders with this status; <c>null</c> for all.</param>
    /// <param name="kind">Only orders of this kind (a <see cref="ReportedOrderKind"/> wire value); <c>null</c> for all.</param>
    /// <param name="tags">Only orders carrying these tags, comma-separated (the list's <c>tags</c> filter); <c>null</c> for all.</param>
    /// <param name="cancellationToken">Stops listing.</param>
    /// <returns>The orders.</returns>
    /// <exception cref="ImageryApiException">Reading a page failed after the pipeline's retries.</exception>
    public async IAsyncEnumerable<Order> ListOrdersAsync(
        OrderStatus? status = null, string? kind = null, string? tags = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pageSize = _options.ListPageSize;
        for (var page = 1; ; page++)
        {
            var number = page;
            var list = await _calls.RunAsync("listOrders", RetryPolicy.Default, call => Client.Api.V1.Orders.GetAsync(
                configuration =>
                {
                    call.Configure(configuration);
                    configuration.QueryParameters.Page = number;
                    configuration.QueryParameters.ItemsPerPage = pageSize;
                    configuration.QueryParameters.Status = status;
                    configuration.QueryParameters.Kind = kind;
                    configuration.QueryParameters.Tags = tags;
                },
                cancellationToken), cancellationToken).ConfigureAwait(false);
            var items = list.Items ?? [];
            foreach (var order in items)
            {
                yield return order;
            }

            if (items.Count < pageSize || (list.StartIndex + items.Count >= list.TotalResults && list.CountLimitReached != true))
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Finds the order carrying a client reference tag with the order list's <c>tags</c> filter, without paging
    /// through other orders. Should several carry it (placed without a journal by two processes at the same moment),
    /// the oldest is the reference's order.
    /// </summary>
    /// <param name="tag">The client reference.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The order, or <c>null</c> when no order carries the tag.</returns>
    /// <exception cref="ImageryApiException">Reading a page failed after the pipeline's retries.</exception>
    public async Task<Order?> FindByTagAsync(string tag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        Order? oldest = null;
        await foreach (var order in ListOrdersAsync(tags: tag, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            // The filter's exact matching is the vendor's; the tag itself is checked here.
            if (order.Payload?.Tags?.Contains(tag, StringComparer.Ordinal) == true)
            {
                oldest = order;
            }
        }

        return oldest;
    }

    private static string IdOf(Order order) =>
        order.Id?.ToString() ?? throw new InvalidOperationException("OneAtlas returned an order without an id; it cannot be recorded or found again.");

    private static void Validate(OrderRequest request) =>
        ValidationResult.Combine(OneAtlasValidator.Validate(request), OrderTag.Validate(request.Tags)).ThrowIfInvalid();

    private static OrderRequest CheckedAgainst(OneAtlasImage image, Product product, OrderKind kind)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(product);
        var request = new OrderRequest { Kind = kind, Products = [product] };
        ImageRules.Check(image, request).ThrowIfInvalid();
        return request;
    }

    private static SearchOptions SearchBody(GeoJsonPolygon aoi, DateTimeOffset from, DateTimeOffset to, double maxCloudCover, OneAtlasSearchOptions options, int pageSize) => new()
    {
        Workspace = string.Join(",", options.WorkspacesToSearch),
        Constellation = string.Join(",", options.Constellations.Select(constellation => constellation.ToWireValue())),
        ProcessingLevel = string.Join(",", options.ProcessingLevels.Select(level => level.ToWireValue())),
        AcquisitionDate = $"[{Instant(from)},{Instant(to)}]",
        CloudCover = string.Create(CultureInfo.InvariantCulture, $"[0,{maxCloudCover:R}]"),
        Relation = options.Relation,
        Geometry = new CatalogPolygon
        {
            Type = CatalogPolygonType.Polygon,
            Coordinates = [.. aoi.Rings.Select(ring => ring.Select(position => new List<double> { position.Longitude, position.Latitude }).ToList())],
        },
        SortBy = options.SortBy,
        ItemsPerPage = pageSize,
    };

    // The vendor's examples write range ends in UTC with milliseconds and Z.
    private static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private DownloadRequest Download(Delivery delivery, string targetFolder)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetFolder);
        var id = delivery.Id ?? throw new InvalidOperationException("A delivery without an id cannot be downloaded; take the delivery from the order as the vendor returned it.");
        if (delivery.Status != DeliveryStatus.Delivered.ToWireValue())
        {
            throw new InvalidOperationException($"Delivery {id} is {delivery.Status ?? "(no status)"}, not delivered; wait for its order (WaitForDeliveryAsync) before downloading.");
        }

        var link = DeliveryDownloadLink.Choose(delivery.Links?.Download, id);
        var access = new Uri(_options.AccessUrl);
        var source = new Uri(link.Href!);
        if (!string.Equals(source.Host, access.Host, StringComparison.OrdinalIgnoreCase) || source.Port != access.Port)
        {
            throw new InvalidOperationException(
                $"Delivery {id}'s download link {link.Href} is not on the configured access server {_options.AccessUrl}, so it would get no token; set OneAtlas:AccessUrl to {source.GetLeftPart(UriPartial.Authority)} if the vendor moved it.");
        }

        Directory.CreateDirectory(targetFolder);
        return new DownloadRequest(Path.Combine(targetFolder, $"{id}.zip"), async token =>
        {
            var request = new DownloadRequestBuilder(link.Href!, Client.Adapter).ToGetRequestInformation();
            return await Client.Adapter.ConvertToNativeRequestAsync<HttpRequestMessage>(request, token).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The OneAtlas client's request adapter made no HTTP request for the download; give the facade a Kiota HttpClientRequestAdapter.");
        })
        {
            Md5FromResponse = ResponseChecksum.Md5FromHeaders(ChecksumMethodHeader, ChecksumValueHeader),
            Vendor = OneAtlasErrors.Vendor,
            Operation = "downloadItem",
        };
    }
}
