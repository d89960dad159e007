using System.Runtime.CompilerServices;
using ImageryContracts.Http;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Validation;
using ImageryContracts.Ordering;
using ImageryContracts.Polling;
using ImageryContracts.Telemetry;
using ImageryContracts.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImageryContracts.OneAtlas.Ordering;

/// <summary>
/// "Price this AOI, order it, tell me when it is delivered" on OneAtlas, over the generated <see cref="OneAtlasClient"/>.
/// Every request is checked against the spec's rules before it is sent; every failure is an
/// <see cref="ImageryApiException"/>; an order is created at most once whatever the faults, by tagging it with a unique
/// client reference and looking for that tag after an ambiguous failure.
/// </summary>
public sealed class OneAtlasOrdering
{
    private static readonly Func<Order, PollDecision> DeliveryState = PollClassifier.ByState<Order, string>(
        order => order.Status?.ToWireValue() ?? "(no status)",
        waiting: [OrderStatus.Ordered.ToWireValue()],
        done: [OrderStatus.Delivered.ToWireValue()],
        failed: [OrderStatus.Error.ToWireValue(), OrderStatus.Rejected.ToWireValue()]);

    private readonly VendorCallRunner _calls = OneAtlasErrors.CreateRunner();
    private readonly OneAtlasOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates the facade over a client whose adapter authenticates (see <c>services.AddOneAtlas(…)</c>).</summary>
    /// <param name="client">The generated client.</param>
    /// <param name="options">Page size, lookup window, creation and polling settings; <c>null</c> for the defaults.</param>
    /// <param name="logger">Where order decisions are logged; <c>null</c> for none.</param>
    /// <param name="timeProvider">The clock of polling and waits; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    public OneAtlasOrdering(OneAtlasClient client, OneAtlasOptions? options = null, ILogger<OneAtlasOrdering>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        Client = client;
        _options = options ?? new OneAtlasOptions();
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
    }

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
    /// Orders a request at most once. The request is never resent by the HTTP pipeline; after an ambiguous failure (timeout,
    /// reset, 5xx, lost answer) the order list is searched for <paramref name="clientReference"/> before anything is
    /// resent, so a fault never yields two orders or a lost one.
    /// </summary>
    /// <param name="request">The order kind and products; its own tags are kept. Not modified.</param>
    /// <param name="clientReference">A letters-only tag unique to this order; <c>null</c> generates one (<see cref="OrderTag.New"/>).</param>
    /// <param name="cancellationToken">Stops the call; an order already sent may still be created.</param>
    /// <returns>The created order, its client reference tag and how it was obtained.</returns>
    /// <exception cref="ImageryValidationException">The request breaks a vendor rule; nothing was sent.</exception>
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
        var createdNotBefore = _time.GetUtcNow() - _options.LookupWindow;
        return await TracedCall.CreateOrderAsync(_calls.Vendor, () => AtMostOnceCreation.CreateAsync(
            $"tagged {tag}",
            token => _calls.RunAsync("createOrder", RetryPolicy.Never, call => Client.Api.V1.Orders.PostAsync(tagged, call.Configure, token), token),
            token => FindByTagAsync(tag, createdNotBefore, token),
            _options.Creation,
            _time,
            _logger,
            cancellationToken), order => order.Id).ConfigureAwait(false);
    }

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
            token => _calls.RunAsync("getOrder", RetryPolicy.Default, call => Client.Api.V1.Orders[orderId].GetAsync(call.Configure, token), token),
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
    /// <param name="cancellationToken">Stops listing.</param>
    /// <returns>The orders.</returns>
    /// <exception cref="ImageryApiException">Reading a page failed after the pipeline's retries.</exception>
    public async IAsyncEnumerable<Order> ListOrdersAsync(OrderStatus? status = null, string? kind = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
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

    /// <summary>Finds the order carrying a client reference tag, examining orders from the newest back to <paramref name="createdNotBefore"/>.</summary>
    /// <param name="tag">The client reference.</param>
    /// <param name="createdNotBefore">The oldest creation time that can still be the order's (the first attempt minus the lookup window).</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The order, or <c>null</c> when no order carries the tag.</returns>
    /// <exception cref="ImageryApiException">Reading a page failed after the pipeline's retries.</exception>
    public async Task<Order?> FindByTagAsync(string tag, DateTimeOffset createdNotBefore, CancellationToken cancellationToken = default)
    {
        await foreach (var order in ListOrdersAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (order.Payload?.Tags?.Contains(tag, StringComparer.Ordinal) == true)
            {
                return order;
            }

            if (order.CreatedAt < createdNotBefore)
            {
                return null;
            }
        }

        return null;
    }

    private static void Validate(OrderRequest request) =>
        ValidationResult.Combine(OneAtlasValidator.Validate(request), OrderTag.Validate(request.Tags)).ThrowIfInvalid();
}
