using System.Diagnostics;
using System.Globalization;
using ImageryContracts.DataCosmos;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.DataCosmos.Validation;
using ImageryContracts.Http;
using ImageryContracts.Ordering;
using ImageryContracts.Polling;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Validation;
using Microsoft.Extensions.Logging;
using OrderWorkflow.Connections;
using OrderWorkflow.Workflow;

namespace OrderWorkflow.Vendors.DataCosmos;

/// <summary>
/// Price → order → checkout → wait until paid on DataCosmos through the generated client: the vendor's rules checked
/// before anything is sent, typed errors, an order created at most once, polling with backoff.
/// </summary>
public sealed class DataCosmosWorkflow : IVendorWorkflow
{
    private static readonly Func<Order, PollDecision> PaymentState = PollClassifier.ByState<Order, OrderStatus>(
        order => order.Status ?? throw new InvalidOperationException($"DataCosmos order {order.Id} came back without a status."),
        waiting: [OrderStatus.Unpaid],
        done: [OrderStatus.Paid],
        failed: [OrderStatus.Cancelled]);

    private readonly DataCosmosClient _client;
    private readonly VendorCallRunner _calls;
    private readonly ConnectionSettings _settings;
    private readonly long _organisationId;
    private readonly bool _placeOrder;

    private DataCosmosWorkflow(DataCosmosClient client, VendorCallRunner calls, ConnectionSettings settings, long organisationId, bool placeOrder, string where)
    {
        _client = client;
        _calls = calls;
        _settings = settings;
        _organisationId = organisationId;
        _placeOrder = placeOrder;
        Name = $"DataCosmos ({where})";
    }

    /// <summary>
    /// The item <see cref="RunAsync"/> orders: the Sentinel-2 scene of the vendor's order example, whole (100.5 km²).
    /// </summary>
    public static DataCosmosCatalogueItem SampleItem => DataCosmosCatalogueItem.Sentinel2;

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public int StepCount => _placeOrder ? 4 : 1;

    /// <summary>Connects to DataCosmos (the real service or a simulator) with machine client credentials.</summary>
    /// <param name="credentials">The client, its organisation and, for a simulator, its URLs.</param>
    /// <param name="settings">Timeouts, retries, polling and logging.</param>
    /// <param name="placeOrder">Whether <see cref="RunAsync"/> orders, pays and waits, or prices only.</param>
    /// <returns>The workflow.</returns>
    public static DataCosmosWorkflow Connect(DataCosmosCredentials credentials, ConnectionSettings settings, bool placeOrder = true)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(settings);
        var calls = new VendorCallRunner("DataCosmos", Describe);
        var client = VendorAdapters.Connect(
            "DataCosmos base URL", credentials.BaseUrl, settings, adapter => new DataCosmosClient(adapter),
            anonymous => new DataCosmosClientCredentialsTokens(anonymous, calls, credentials.ClientId, credentials.ClientSecret, credentials.TokenUrl));
        return new DataCosmosWorkflow(client, calls, settings, credentials.OrganisationId, placeOrder, credentials.IsRealService ? "real service" : "simulator");
    }

    /// <summary>The organisation's default contract, which prices and orders are charged to.</summary>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The contract id.</returns>
    public async Task<long> DefaultContractAsync(CancellationToken cancellationToken = default)
    {
        var policies = await _calls.RunAsync("getOrganisationPolicies", RetryPolicy.SafeToRetry, call => _client.V1.Dpap.Organisations[_organisationId].Policies.GetAsync(call.Configure, cancellationToken), cancellationToken);
        return policies.Data?.FirstOrDefault(policy => policy.DefaultContract == true)?.ContractId
            ?? throw new InvalidOperationException($"DataCosmos organisation {_organisationId} has no default contract; ask Open Cosmos to set one, or pass a contract id.");
    }

    /// <summary>Prices an item under a contract.</summary>
    /// <param name="contractId">The contract.</param>
    /// <param name="item">The catalogue item.</param>
    /// <param name="areaKm2">The area to price, in km².</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The price, as decimal money.</returns>
    public async Task<CatalogPrice> PriceAsync(long contractId, DataCosmosCatalogueItem item, double areaKm2, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var priced = await _calls.RunAsync("getCatalogPrice", RetryPolicy.SafeToRetry, call => _client.V1.Dpap.Policies[contractId].Catalog.Price.GetAsync(
            config =>
            {
                call.Configure(config);
                config.QueryParameters.Collection = item.Collection;
                config.QueryParameters.Item = item.Item;
                config.QueryParameters.Area = areaKm2;
            },
            cancellationToken), cancellationToken);
        return priced.Data ?? throw new InvalidOperationException("DataCosmos answered the price request without a price.");
    }

    /// <summary>
    /// Creates an <c>UNPAID</c> order after checking it against the vendor's rules. The creation is never resent
    /// blindly: after an ambiguous failure the order is looked up among the orders that did not exist before.
    /// </summary>
    /// <param name="request">The order.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The created order.</returns>
    /// <exception cref="ImageryValidationException">The order breaks a rule; nothing was sent.</exception>
    public async Task<Order> PlaceOrderAsync(CreateOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        var existing = (await ListOrdersAsync(cancellationToken)).Select(order => order.Id).ToHashSet();
        var reference = string.Join(", ", request.Data?.OrderLineItems?.Select(line => $"{line.Collection}/{line.Item}") ?? []);
        var created = await AtMostOnceCreation.CreateAsync(
            reference,
            async token => (await _calls.RunAsync("createOrder", RetryPolicy.Never, call => _client.V0.Order.Orders.PostAsync(request, call.Configure, token), token)).Data
                ?? throw new InvalidOperationException("DataCosmos created an order but returned none."),
            async token => (await ListOrdersAsync(token)).FirstOrDefault(order => !existing.Contains(order.Id) && SameLines(order, request)),
            _settings.Creation,
            logger: _settings.LoggerFactory.CreateLogger<DataCosmosWorkflow>(),
            cancellationToken: cancellationToken);
        return created.Order;
    }

    /// <summary>Checks an order out: credits pay first; otherwise the result carries the card-payment URL.</summary>
    /// <param name="orderId">The order's id.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The checkout: its status, payment method and, for a card payment, the URL to pay at.</returns>
    public async Task<Checkout> CheckoutAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        var result = await _calls.RunAsync("checkoutOrder", RetryPolicy.Default, call => _client.V0.Order.Orders[orderId].Checkout.PostAsync(call.Configure, cancellationToken), cancellationToken);
        return result.Data ?? throw new InvalidOperationException($"DataCosmos answered the checkout of order {orderId} without a result.");
    }

    /// <summary>Polls an order until it is <c>PAID</c>, with backoff and jitter.</summary>
    /// <param name="orderId">The order's id.</param>
    /// <param name="progress">Receives every poll.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The paid order.</returns>
    /// <exception cref="PollFailedException">The order was <c>CANCELLED</c>.</exception>
    /// <exception cref="PollTimeoutException">The polling deadline passed first.</exception>
    public async Task<Order> WaitUntilPaidAsync(Guid orderId, IProgress<PollProgress<Order>>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = await Poller.PollAsync(
            async token => (await _calls.RunAsync("getOrder", RetryPolicy.SafeToRetry, call => _client.V0.Order.Orders[orderId].GetAsync(call.Configure, token), token)).Data
                ?? throw new InvalidOperationException($"DataCosmos returned order {orderId} without its details."),
            PaymentState,
            _settings.Polling,
            progress: progress,
            describe: order => order.Status?.ToWireValue() ?? "no status",
            cancellationToken: cancellationToken);
        return result.Value;
    }

    /// <summary>The order for a whole catalogue item, charged to a contract of this workflow's organisation.</summary>
    /// <param name="contractId">The contract.</param>
    /// <param name="item">The catalogue item.</param>
    /// <returns>The request.</returns>
    public CreateOrderRequest OrderFor(long contractId, DataCosmosCatalogueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new CreateOrderRequest
        {
            Type = OrderType.Image,
            Data = new OrderRequestData { OrderLineItems = [new OrderLineItem { Collection = item.Collection, Item = item.Item, Level = item.Level }] },
            Organisation = _organisationId,
            ContractId = contractId,
        };
    }

    /// <inheritdoc />
    public async Task<WorkflowOutcome> RunAsync(IProgress<WorkflowStage> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var started = Stopwatch.GetTimestamp();
        var item = SampleItem;
        progress.Report(new WorkflowStage(1, "pricing under the default contract"));
        var contract = await DefaultContractAsync(cancellationToken);
        var price = await PriceAsync(contract, item, item.AreaKm2, cancellationToken);
        var priceText = string.Create(CultureInfo.InvariantCulture, $"{price.Final ?? price.Value} {price.Currency}");
        if (!_placeOrder)
        {
            return new WorkflowOutcome(Name, null, item.AreaKm2, priceText, "priced (add --order to order)", Stopwatch.GetElapsedTime(started));
        }

        progress.Report(new WorkflowStage(2, $"ordering ({priceText})"));
        var order = await PlaceOrderAsync(OrderFor(contract, item), cancellationToken);
        var orderId = order.Id ?? throw new InvalidOperationException("DataCosmos created an order without an id.");
        progress.Report(new WorkflowStage(3, $"order {WorkflowStage.ShortId(orderId)}: checking out"));
        var checkout = await CheckoutAsync(orderId, cancellationToken);
        if (checkout.CheckoutUrl is { Length: > 0 } paymentUrl)
        {
            return new WorkflowOutcome(Name, orderId.ToString(), item.AreaKm2, priceText, $"UNPAID: credits do not cover it; pay at {paymentUrl}", Stopwatch.GetElapsedTime(started));
        }

        progress.Report(new WorkflowStage(4, $"order {WorkflowStage.ShortId(orderId)}: waiting until paid"));
        var paid = await WaitUntilPaidAsync(
            orderId,
            new ActionProgress<PollProgress<Order>>(poll => progress.Report(new WorkflowStage(4, $"order {WorkflowStage.ShortId(orderId)}: {poll.LastValue.Status?.ToWireValue()} (poll {poll.Attempt})"))),
            cancellationToken);
        return new WorkflowOutcome(Name, orderId.ToString(), item.AreaKm2, priceText, paid.Status!.Value.ToWireValue(), Stopwatch.GetElapsedTime(started));
    }

    private async Task<IReadOnlyList<Order>> ListOrdersAsync(CancellationToken cancellationToken) =>
        (await _calls.RunAsync("listOrders", RetryPolicy.SafeToRetry, call => _client.V0.Order.Orders.GetAsync(call.Configure, cancellationToken), cancellationToken)).Data ?? [];

    private static bool SameLines(Order order, CreateOrderRequest request) =>
        (order.OrderLineItems ?? []).Select(line => (line.Collection, line.Item))
            .SequenceEqual((request.Data?.OrderLineItems ?? []).Select(line => (line.Collection, line.Item)));

    private static void Validate(CreateOrderRequest request)
    {
        var results = (request.Data?.OrderLineItems ?? []).Select(line => DataCosmosValidator.ValidateOrderLineItem(line.Geometry, line.ProjectId))
            .Concat((request.Licenses ?? []).Select(license => DataCosmosValidator.ValidateLicense(license.Accepted)));
        ValidationResult.Combine([.. results]).ThrowIfInvalid();
    }

    private static VendorErrorDetails? Describe(Microsoft.Kiota.Abstractions.ApiException error) => error switch
    {
        ErrorEnvelope envelope => new VendorErrorDetails(envelope.Message, envelope.Errors?.FirstOrDefault(detail => detail.TraceId is not null)?.TraceId),
        TokenError token => new VendorErrorDetails(token.Message, null),
        _ => null,
    };
}
