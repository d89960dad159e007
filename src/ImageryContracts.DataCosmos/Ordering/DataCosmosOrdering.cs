using System.Runtime.CompilerServices;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.DataCosmos.Validation;
using ImageryContracts.Downloads;
using ImageryContracts.Http;
using ImageryContracts.Journal;
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
/// <para>DataCosmos documents no idempotency key, client reference or creation time on orders. Creation therefore
/// records the organisation's orders with the same content before sending (the baseline), and after an ambiguous
/// failure takes as its own the order with that content that was not there before. Identical creations within this
/// process are serialised so they cannot claim each other's order.</para>
/// <para>A client reference is an idempotency key. With an <see cref="IOrderJournal"/> it holds across processes and
/// machines: the journal keeps the reference, its content fingerprint, the baseline and the answer, serialises
/// identical content across workers too, and records checkouts so an order is paid at most once across restarts.
/// Without a journal the vendor's list is the record and it knows no references: an order with the same content
/// counts as the reference's order, and a reference reused with other content cannot be detected.</para>
/// </remarks>
public sealed partial class DataCosmosOrdering
{
    private static readonly Func<Order, PollDecision> PaymentState = PollClassifier.ByState<Order, string>(
        order => order.Status?.ToWireValue() ?? "(no status)",
        waiting: [OrderStatus.Unpaid.ToWireValue()],
        done: [OrderStatus.Paid.ToWireValue()],
        failed: [OrderStatus.Cancelled.ToWireValue()]);

    /// <summary>The journal's vendor key for DataCosmos orders.</summary>
    public const string JournalVendor = "DataCosmos";

    /// <summary>The journal's vendor key for DataCosmos checkouts (reference: the order id).</summary>
    public const string CheckoutJournalVendor = "DataCosmos/checkout";

    private readonly VendorCallRunner _calls;
    private readonly DataCosmosOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly FileDownloader? _downloader;

    /// <summary>Creates the facade over a client whose adapter authenticates (see <c>services.AddDataCosmos(…)</c>).</summary>
    /// <param name="client">The generated client.</param>
    /// <param name="options">Organisation, contract, creation and polling settings.</param>
    /// <param name="logger">Where order decisions are logged; <c>null</c> for none.</param>
    /// <param name="timeProvider">The clock of polling and waits; <c>null</c> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="journal">The order journal that makes client references and checkouts hold across processes; <c>null</c> to rely on the order list alone.</param>
    /// <param name="downloader">
    /// Fetches the purchased files for <c>DownloadAsync</c>, over an HTTP client with the vendor pipeline (the data client
    /// <c>services.AddDataCosmos(…)</c> registers); <c>null</c> when the facade is not used to download.
    /// </param>
    public DataCosmosOrdering(
        DataCosmosClient client, DataCosmosOptions options, ILogger<DataCosmosOrdering>? logger = null, TimeProvider? timeProvider = null, IOrderJournal? journal = null, FileDownloader? downloader = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        Client = client;
        Journal = journal;
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _calls = DataCosmosErrors.CreateRunner(_logger);
        _time = timeProvider ?? TimeProvider.System;
        _downloader = downloader;
    }

    /// <summary>The order journal, or <c>null</c> when the vendor's order list is the only record.</summary>
    public IOrderJournal? Journal { get; }

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
        return await TracedCall.RunAsync(ImageryTelemetry.PriceSpan, _calls.Vendor, () => _calls.RunAsync("getCatalogPrice", RetryPolicy.Default, call => Client.V1.Dpap.Policies[contract].Catalog.Price.GetAsync(
            configuration =>
            {
                call.Configure(configuration);
                configuration.QueryParameters.Collection = collection;
                configuration.QueryParameters.Item = item;
                configuration.QueryParameters.Level = level;
            },
            cancellationToken), response => response.Data, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Orders one catalogue image under the contract (<see cref="GetContractAsync"/>).</summary>
    /// <param name="lineItem">The image: collection, item, level, and optionally a geometry with its project.</param>
    /// <param name="cancellationToken">Stops the call; an order already sent may still be created.</param>
    /// <returns>The created order (<c>UNPAID</c> until checkout) and how it was obtained.</returns>
    /// <inheritdoc cref="PlaceOrderAsync(CreateOrderRequest, string?, CancellationToken)" path="/exception"/>
    public Task<OrderCreationResult<Order>> PlaceOrderAsync(OrderLineItem lineItem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lineItem);
        return PlaceOrderAsync([lineItem], cancellationToken);
    }

    /// <summary>Orders several catalogue images as one order under the contract (<see cref="GetContractAsync"/>).</summary>
    /// <param name="lineItems">One line item per image.</param>
    /// <param name="cancellationToken">Stops the call; an order already sent may still be created.</param>
    /// <returns>The created order (<c>UNPAID</c> until checkout) and how it was obtained.</returns>
    /// <inheritdoc cref="PlaceOrderAsync(CreateOrderRequest, string?, CancellationToken)" path="/exception"/>
    public Task<OrderCreationResult<Order>> PlaceOrderAsync(IReadOnlyList<OrderLineItem> lineItems, CancellationToken cancellationToken = default) =>
        PlaceOrderAsync(lineItems, clientReference: null, cancellationToken);

    /// <summary>Orders several catalogue images as one order under the contract, under a client reference.</summary>
    /// <param name="lineItems">One line item per image.</param>
    /// <param name="clientReference">The idempotency key (for example <see cref="ClientReference.FromJobKey"/> of the caller's job); <c>null</c> generates one.</param>
    /// <param name="cancellationToken">Stops the call; an order already sent may still be created.</param>
    /// <returns>The created order (<c>UNPAID</c> until checkout) and how it was obtained.</returns>
    /// <inheritdoc cref="PlaceOrderAsync(CreateOrderRequest, string?, CancellationToken)" path="/exception"/>
    public async Task<OrderCreationResult<Order>> PlaceOrderAsync(IReadOnlyList<OrderLineItem> lineItems, string? clientReference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lineItems);
        var request = new CreateOrderRequest
        {
            Type = OrderType.Image,
            Organisation = _options.OrganisationId,
            ContractId = await ContractIdAsync(cancellationToken).ConfigureAwait(false),
            Data = new OrderRequestData { OrderLineItems = [.. lineItems] },
        };
        return await PlaceOrderAsync(request, clientReference, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates an order at most once, under a new client reference (<see cref="PlaceOrderAsync(CreateOrderRequest, string?, CancellationToken)"/>).</summary>
    /// <param name="request">The complete request.</param>
    /// <param name="cancellationToken">Stops the call; an order already sent may still be created.</param>
    /// <returns>The created order (<c>UNPAID</c> until checkout) and how it was obtained.</returns>
    /// <inheritdoc cref="PlaceOrderAsync(CreateOrderRequest, string?, CancellationToken)" path="/exception"/>
    public Task<OrderCreationResult<Order>> PlaceOrderAsync(CreateOrderRequest request, CancellationToken cancellationToken = default) =>
        PlaceOrderAsync(request, clientReference: null, cancellationToken);

    /// <summary>
    /// Creates an order at most once under a client reference. The request is sent with Kiota's retries off; after an
    /// ambiguous failure (timeout, reset, 5xx, lost answer) the order list is searched for an order with this content
    /// that did not exist before, and only if there is none is the request sent again. The same reference again (a
    /// redelivered job, a restart, another worker) returns the order it created.
    /// </summary>
    /// <param name="request">The complete request.</param>
    /// <param name="clientReference">The idempotency key (for example <see cref="ClientReference.FromJobKey"/> of the caller's job); <c>null</c> generates one.</param>
    /// <param name="cancellationToken">Stops the call; an order already sent may still be created.</param>
    /// <returns>The created order (<c>UNPAID</c> until checkout) and how it was obtained.</returns>
    /// <exception cref="ImageryValidationException">The request breaks a vendor rule; nothing was sent.</exception>
    /// <exception cref="ClientReferenceConflictException">The journal holds the reference for other content; nothing was sent.</exception>
    /// <exception cref="OrderInProgressException">Another worker is placing this reference or this content (journal only); nothing was sent.</exception>
    /// <exception cref="ImageryApiException">The vendor refused the order, or it could not be created and the order list shows none.</exception>
    /// <exception cref="OrderOutcomeUnknownException">A failure left the outcome unknown and the order list could not be read.</exception>
    public async Task<OrderCreationResult<Order>> PlaceOrderAsync(CreateOrderRequest request, string? clientReference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        DataCosmosValidator.Validate(request).ThrowIfInvalid();
        if (clientReference is { } given && string.IsNullOrWhiteSpace(given))
        {
            throw new ArgumentException("The client reference is empty; pass null for a new one, or a stable key such as ClientReference.FromJobKey(jobKey).", nameof(clientReference));
        }

        var fingerprint = ContentFingerprint.Of(OrderFingerprint.Of(request));
        var reference = clientReference ?? ClientReference.New();
        var content = $"line items [{string.Join(", ", (request.Data?.OrderLineItems ?? []).Select(item => $"{item.Collection}/{item.Item} {item.Level}{(item.ProjectId is { } project ? $" project {project}" : string.Empty)}"))}] under contract {request.ContractId}";
        using var gate = await SameContentGate.EnterAsync(fingerprint, cancellationToken).ConfigureAwait(false);
        return await TracedCall.CreateOrderAsync(_calls.Vendor, () => JournaledCreation.CreateAsync(
            new CreationSteps<Order>
            {
                Intent = new OrderIntent(JournalVendor, reference, fingerprint, content, ContentIdentifiesOrder: true),
                OrderReference = $"{reference} with {content}",
                Send = token => _calls.RunAsync("createOrder", RetryPolicy.Never,
                    call => Client.V0.Order.Orders.PostAsync(request, call.Configure, token), response => response.Data, token),
                FindCreated = (baseline, token) => FindSameContentAsync(fingerprint, reference, baseline, token),
                AnswerOf = IdOf,
                Replay = (answer, token) => GetOrderAsync(Guid.Parse(answer), token),
                Baseline = token => BaselineAsync(fingerprint, token),
                LookUpFirst = clientReference is not null,
            },
            Journal,
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
        var reference = orderId.ToString();
        var result = await TracedCall.RunAsync(ImageryTelemetry.CheckoutSpan, _calls.Vendor, () => JournaledCreation.CreateAsync(
            new CreationSteps<Checkout>
            {
                Intent = new OrderIntent(CheckoutJournalVendor, reference, $"order:{reference}", $"checkout of order {orderId}"),
                OrderReference = $"checkout of order {orderId}",
                Send = token => _calls.RunAsync("checkoutOrder", RetryPolicy.Never,
                    call => Client.V0.Order.Orders[orderId].Checkout.PostAsync(call.Configure, token), response => response.Data, token),
                FindCreated = async (_, token) => CheckedOut(await GetOrderAsync(orderId, token).ConfigureAwait(false)),
                AnswerOf = _ => reference,
                Replay = async (_, token) => await GetOrderAsync(orderId, token).ConfigureAwait(false) is var order && CheckedOut(order) is { } done
                    ? done
                    : new Checkout { CheckoutUrl = order.CheckoutRedirectUrl ?? string.Empty, Status = order.Status, PaymentMethod = order.PaymentMethod },

                // A paid order, or one with a payment link, is checked out: looked at first, even without a journal, so
                // a restarted caller never pays twice.
                LookUpFirst = true,
            },
            Journal,
            _options.Creation,
            _time,
            _logger,
            cancellationToken)).ConfigureAwait(false);
        return result.Order;
    }

    /// <summary>
    /// Settles the DataCosmos intents (orders and checkouts) an earlier run left in the journal without an answer: an
    /// order is looked up by its content (a new order beside its baseline), a checkout by reading its order. Nothing is
    /// sent. Call it on start; the next call with a reference settles it too.
    /// </summary>
    /// <param name="cancellationToken">Stops recovery.</param>
    /// <returns>One line per unanswered intent; empty without a journal.</returns>
    public async Task<IReadOnlyList<RecoveredIntent>> RecoverAsync(CancellationToken cancellationToken = default)
    {
        if (Journal is null)
        {
            return [];
        }

        var orders = await JournalRecovery.RecoverAsync(
            Journal,
            JournalVendor,
            async (entry, token) => await FindSameContentAsync(entry.Fingerprint, entry.Reference, entry.Baseline, token).ConfigureAwait(false) is { } order ? IdOf(order) : null,
            contentIdentifiesOrder: true,
            _options.Creation,
            _time,
            _logger,
            cancellationToken).ConfigureAwait(false);
        var checkouts = await JournalRecovery.RecoverAsync(
            Journal,
            CheckoutJournalVendor,
            async (entry, token) => CheckedOut(await GetOrderAsync(Guid.Parse(entry.Reference), token).ConfigureAwait(false)) is null ? null : entry.Reference,
            contentIdentifiesOrder: false,
            _options.Creation,
            _time,
            _logger,
            cancellationToken).ConfigureAwait(false);
        return [.. orders, .. checkouts];
    }

    /// <summary>Reads one order.</summary>
    /// <param name="orderId">The order's id.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ImageryApiException">The vendor refused or could not be reached.</exception>
    public async Task<Order> GetOrderAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        return await _calls.RunAsync("getOrder", RetryPolicy.Default,
            call => Client.V0.Order.Orders[orderId].GetAsync(call.Configure, cancellationToken), response => response.Data, cancellationToken).ConfigureAwait(false);
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

    private static Checkout? CheckedOut(Order order) => order switch
    {
        { Status: OrderStatus.Paid } paid => new Checkout { CheckoutUrl = string.Empty, Status = paid.Status, PaymentMethod = paid.PaymentMethod },
        { CheckoutRedirectUrl: { Length: > 0 } url } pending => new Checkout { CheckoutUrl = url, Status = pending.Status, PaymentMethod = pending.PaymentMethod },
        _ => null,
    };

    private static string IdOf(Order order) =>
        order.Id?.ToString() ?? throw new InvalidOperationException("DataCosmos returned an order without an id; it cannot be recorded or found again.");

    private static string FingerprintOf(Order order) => ContentFingerprint.Of(OrderFingerprint.Of(order));

    /// <summary>
    /// The order with this content that is this reference's: not in the baseline (when there is one), not cancelled,
    /// and not recorded in the journal as another reference's answer.
    /// </summary>
    private async Task<Order?> FindSameContentAsync(string fingerprint, string reference, string? baseline, CancellationToken cancellationToken)
    {
        var excluded = new HashSet<string>(baseline?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [], StringComparer.Ordinal);
        if (Journal is not null)
        {
            foreach (var other in await Journal.ListSameContentAsync(JournalVendor, fingerprint, cancellationToken).ConfigureAwait(false))
            {
                if (other.Reference != reference && other.Answer is { } answer)
                {
                    excluded.Add(answer);
                }
            }
        }

        await foreach (var order in ListOrdersAsync(cancellationToken).ConfigureAwait(false))
        {
            if (order.Id is { } id && !excluded.Contains(id.ToString()) && order.Status != OrderStatus.Cancelled && FingerprintOf(order) == fingerprint)
            {
                return order;
            }
        }

        return null;
    }

    /// <summary>The ids of the orders with this content that exist now, comma-separated (empty when none).</summary>
    private async Task<string> BaselineAsync(string fingerprint, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var order in ListOrdersAsync(cancellationToken).ConfigureAwait(false))
        {
            if (order.Id is { } id && FingerprintOf(order) == fingerprint)
            {
                ids.Add(id.ToString());
            }
        }

        return string.Join(",", ids.Order(StringComparer.Ordinal));
    }
}
