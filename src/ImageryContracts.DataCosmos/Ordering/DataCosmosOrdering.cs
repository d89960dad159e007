using System.Runtime.CompilerServices;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.DataCosmos.Validation;
using ImageryContracts.Http;
using ImageryContracts.Ordering;
using ImageryContracts.Polling;
using ImageryContracts.Telemetry;
using ImageryContracts.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImageryContracts.DataCosmos.Ordering;

/// <summary>
/// "Price these images, order them, pay and tell me when they are paid" on DataCosmos, over the generated
/// <see cref="DataCosmosClient"/>. Requests are checked against the spec's rules before they are sent; every failure is
/// an <see cref="ImageryApiException"/>; an order is created, and a checkout made, at most once whatever the faults.
/// </summary>
/// <remarks>
/// DataCosmos documents no idempotency key, client reference or creation time on orders. Creation therefore records
/// the organisation's orders with the same content before sending, and after an ambiguous failure takes as its own the
/// order with that content that was not there before. Identical creations within this process are serialised so they
/// cannot claim each other's order; identical orders placed at the same moment by another process could still be
/// confused, which only a vendor-side key would rule out.
/// </remarks>
public sealed class DataCosmosOrdering
{
    private static readonly Func<Order, PollDecision> PaymentState = PollClassifier.ByState<Order, string>(
        order => order.Status?.ToWireValue() ?? "(no status)",
        waiting: [OrderStatus.Unpaid.ToWireValue()],
        done: [OrderStatus.Paid.ToWireValue()],
        failed: [OrderStatus.Cancelled.ToWireValue()]);

    private readonly VendorCallRunner _calls = DataCosmosErrors.CreateRunner();
    private readonly DataCosmosOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates the facade over a client whose adapter authenticates (see <c>services.AddDataCosmos(…)</c>).</summary>
    /// <param name="client">The generated client.</param>
    /// <param name="options">Organisation, contract, creation and polling settings.</param>
    /// <param name="logger">Where order decisions are logged; <c>null</c> for none.</param>
    /// <param name="timeProvider">The clock of polling and waits; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    public DataCosmosOrdering(DataCosmosClient client, DataCosmosOptions options, ILogger<DataCosmosOrdering>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        Client = client;
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The generated client, for the calls this facade does not cover.</summary>
    public DataCosmosClient Client { get; }

    /// <summary>The organisation's contract to use: <see cref="DataCosmosOptions.ContractId"/>, else the active default contract.</summary>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The contract (policy).</returns>
    /// <exception cref="InvalidOperationException">The organisation has no such active contract.</exception>
    /// <exception cref="ImageryApiException">The vendor refused or could not be reached.</exception>
    public async Task<Policy> GetContractAsync(CancellationToken cancellationToken = default)
    {
        var policies = await _calls.RunAsync("listPolicies", RetryPolicy.Default,
            call => Client.V1.Dpap.Organisations[_options.OrganisationId].Policies.GetAsync(call.Configure, cancellationToken), cancellationToken).ConfigureAwait(false);
        var active = (policies.Data ?? []).Where(policy => policy.Active == true).ToList();
        var chosen = _options.ContractId is { } wanted
            ? active.FirstOrDefault(policy => policy.ContractId == wanted)
            : active.FirstOrDefault(policy => policy.DefaultContract == true);
        return chosen ?? throw new InvalidOperationException(_options.ContractId is { } id
            ? $"DataCosmos organisation {_options.OrganisationId} has no active contract {id}; its active contracts are [{string.Join(", ", active.Select(policy => policy.ContractId))}]. Set DataCosmos:ContractId to one of them."
            : $"DataCosmos organisation {_options.OrganisationId} has no active default contract; set DataCosmos:ContractId to one of its active contracts [{string.Join(", ", active.Select(policy => policy.ContractId))}].");
    }

    /// <summary>Prices a catalogue item under the contract (<see cref="GetContractAsync"/>).</summary>
    /// <param name="collection">The STAC collection id.</param>
    /// <param name="item">The STAC item id.</param>
    /// <param name="level">The processing level to buy (for example <c>L2A</c>); <c>null</c> for the item's own.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The price as decimals, in the contract's currency.</returns>
    /// <exception cref="ImageryApiException">The vendor refused or could not be reached.</exception>
    public async Task<CatalogPrice> PriceAsync(string collection, string item, string? level = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(collection);
        ArgumentException.ThrowIfNullOrWhiteSpace(item);
        var contract = await ContractIdAsync(cancellationToken).ConfigureAwait(false);
        return await TracedCall.RunAsync(ImageryTelemetry.PriceSpan, _calls.Vendor, () => _calls.RunAsync("getCatalogPrice", RetryPolicy.Default, async call => (await Client.V1.Dpap.Policies[contract].Catalog.Price.GetAsync(
            configuration =>
            {
                call.Configure(configuration);
                configuration.QueryParameters.Collection = collection;
                configuration.QueryParameters.Item = item;
                configuration.QueryParameters.Level = level;
            },
            cancellationToken).ConfigureAwait(false))?.Data, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Orders one catalogue image under the contract (<see cref="GetContractAsync"/>).</summary>
    /// <param name="lineItem">The image: collection, item, level, and optionally a geometry with its project.</param>
    /// <param name="cancellationToken">Stops the call; an order already sent may still be created.</param>
    /// <returns>The created order (<c>UNPAID</c> until checkout) and how it was obtained.</returns>
    /// <inheritdoc cref="PlaceOrderAsync(CreateOrderRequest, CancellationToken)" path="/exception"/>
    public Task<OrderCreationResult<Order>> PlaceOrderAsync(OrderLineItem lineItem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lineItem);
        return PlaceOrderAsync([lineItem], cancellationToken);
    }

    /// <summary>Orders several catalogue images as one order under the contract (<see cref="GetContractAsync"/>).</summary>
    /// <param name="lineItems">One line item per image.</param>
    /// <param name="cancellationToken">Stops the call; an order already sent may still be created.</param>
    /// <returns>The created order (<c>UNPAID</c> until checkout) and how it was obtained.</returns>
    /// <inheritdoc cref="PlaceOrderAsync(CreateOrderRequest, CancellationToken)" path="/exception"/>
    public async Task<OrderCreationResult<Order>> PlaceOrderAsync(IReadOnlyList<OrderLineItem> lineItems, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lineItems);
        var request = new CreateOrderRequest
        {
            Type = OrderType.Image,
            Organisation = _options.OrganisationId,
            ContractId = await ContractIdAsync(cancellationToken).ConfigureAwait(false),
            Data = new OrderRequestData { OrderLineItems = [.. lineItems] },
        };
        return await PlaceOrderAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates an order at most once. The request is sent with Kiota's retries off; after an ambiguous failure (timeout,
    /// reset, 5xx, lost answer) the order list is searched for an order with this content that did not exist before,
    /// and only if there is none is the request sent again.
    /// </summary>
    /// <param name="request">The complete request.</param>
    /// <param name="cancellationToken">Stops the call; an order already sent may still be created.</param>
    /// <returns>The created order (<c>UNPAID</c> until checkout) and how it was obtained.</returns>
    /// <exception cref="ImageryValidationException">The request breaks a vendor rule; nothing was sent.</exception>
    /// <exception cref="ImageryApiException">The vendor refused the order, or it could not be created and the order list shows none.</exception>
    /// <exception cref="OrderOutcomeUnknownException">A failure left the outcome unknown and the order list could not be read.</exception>
    public async Task<OrderCreationResult<Order>> PlaceOrderAsync(CreateOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        DataCosmosValidator.Validate(request).ThrowIfInvalid();
        var fingerprint = OrderFingerprint.Of(request);
        var reference = $"with line items [{string.Join(", ", (request.Data?.OrderLineItems ?? []).Select(item => $"{item.Collection}/{item.Item} {item.Level}"))}] under contract {request.ContractId}";
        using var gate = await SameContentGate.EnterAsync(fingerprint, cancellationToken).ConfigureAwait(false);
        var existing = await SameContentOrderIdsAsync(fingerprint, cancellationToken).ConfigureAwait(false);
        return await TracedCall.CreateOrderAsync(_calls.Vendor, () => AtMostOnceCreation.CreateAsync(
            reference,
            token => _calls.RunAsync("createOrder", RetryPolicy.Never,
                async call => (await Client.V0.Order.Orders.PostAsync(request, call.Configure, token).ConfigureAwait(false))?.Data, token),
            token => FindNewSameContentAsync(fingerprint, existing, token),
            _options.Creation,
            _time,
            _logger,
            cancellationToken), order => order.Id).ConfigureAwait(false);
    }

    /// <summary>
    /// Pays for an order: credits first (the order becomes <c>PAID</c>, the checkout URL is empty), else a card payment
    /// link. Never sent twice blindly: after an ambiguous failure the order is read, and a paid order or one with a
    /// payment link counts as checked out.
    /// </summary>
    /// <param name="orderId">The order's id.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The checkout: status, payment method, and the card payment URL when credits do not cover the order.</returns>
    /// <exception cref="ImageryApiException">The vendor refused (already paid, cancelled, unknown) or could not be reached.</exception>
    /// <exception cref="OrderOutcomeUnknownException">A failure left the outcome unknown and the order could not be read.</exception>
    public async Task<Checkout> CheckoutAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        var result = await TracedCall.RunAsync(ImageryTelemetry.CheckoutSpan, _calls.Vendor, () => AtMostOnceCreation.CreateAsync(
            $"checkout of order {orderId}",
            token => _calls.RunAsync("checkoutOrder", RetryPolicy.Never,
                async call => (await Client.V0.Order.Orders[orderId].Checkout.PostAsync(call.Configure, token).ConfigureAwait(false))?.Data, token),
            async token => await GetOrderAsync(orderId, token).ConfigureAwait(false) switch
            {
                { Status: OrderStatus.Paid } paid => new Checkout { CheckoutUrl = string.Empty, Status = paid.Status, PaymentMethod = paid.PaymentMethod },
                { CheckoutRedirectUrl: { Length: > 0 } url } pending => new Checkout { CheckoutUrl = url, Status = pending.Status, PaymentMethod = pending.PaymentMethod },
                _ => null,
            },
            _options.Creation,
            _time,
            _logger,
            cancellationToken)).ConfigureAwait(false);
        return result.Order;
    }

    /// <summary>Reads one order.</summary>
    /// <param name="orderId">The order's id.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ImageryApiException">The vendor refused or could not be reached.</exception>
    public async Task<Order> GetOrderAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        return await _calls.RunAsync("getOrder", RetryPolicy.Default,
            async call => (await Client.V0.Order.Orders[orderId].GetAsync(call.Configure, cancellationToken).ConfigureAwait(false))?.Data, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Polls an order until it is <c>PAID</c>, with backoff, jitter and the deadline of <see cref="DataCosmosOptions.Polling"/>.</summary>
    /// <param name="orderId">The order's id.</param>
    /// <param name="progress">Receives every poll: the order as read, the attempt, the elapsed time and the next wait.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The paid order.</returns>
    /// <exception cref="PollFailedException">The order was <c>CANCELLED</c>, or came back with a status the spec does not list.</exception>
    /// <exception cref="PollTimeoutException">The deadline passed while the order was still <c>UNPAID</c>.</exception>
    /// <exception cref="ImageryApiException">Reading the order failed after the pipeline's retries.</exception>
    public async Task<Order> WaitUntilPaidAsync(Guid orderId, IProgress<PollProgress<Order>>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = await TracedCall.PollAsync(_calls.Vendor, () => Poller.PollAsync(
            token => GetOrderAsync(orderId, token),
            PaymentState,
            _options.Polling,
            _time,
            progress,
            order => $"order {order.Id} {order.Status?.ToWireValue() ?? "(no status)"}",
            cancellationToken)).ConfigureAwait(false);
        return result.Value;
    }

    /// <summary>
    /// The orders visible to the caller. The spec's list has no pagination (an assumption: the vendor's page for it was
    /// not retrieved), so this is one page: the whole list is read, then yielded.
    /// </summary>
    /// <param name="cancellationToken">Stops listing.</param>
    /// <returns>The orders.</returns>
    /// <exception cref="ImageryApiException">Reading the list failed after the pipeline's retries.</exception>
    public async IAsyncEnumerable<Order> ListOrdersAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = await _calls.RunAsync("listOrders", RetryPolicy.Default,
            call => Client.V0.Order.Orders.GetAsync(call.Configure, cancellationToken), cancellationToken).ConfigureAwait(false);
        foreach (var order in list.Data ?? [])
        {
            yield return order;
        }
    }

    private async Task<long> ContractIdAsync(CancellationToken cancellationToken) =>
        _options.ContractId ?? (await GetContractAsync(cancellationToken).ConfigureAwait(false)).ContractId
            ?? throw new InvalidOperationException($"DataCosmos returned a default contract without contract_id for organisation {_options.OrganisationId}; set DataCosmos:ContractId.");

    private async Task<Order?> FindNewSameContentAsync(string fingerprint, HashSet<Guid> existing, CancellationToken cancellationToken)
    {
        await foreach (var order in ListOrdersAsync(cancellationToken).ConfigureAwait(false))
        {
            if (order.Id is { } id && !existing.Contains(id) && OrderFingerprint.Of(order) == fingerprint)
            {
                return order;
            }
        }

        return null;
    }

    private async Task<HashSet<Guid>> SameContentOrderIdsAsync(string fingerprint, CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        await foreach (var order in ListOrdersAsync(cancellationToken).ConfigureAwait(false))
        {
            if (order.Id is { } id && OrderFingerprint.Of(order) == fingerprint)
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
