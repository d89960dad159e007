using System.Diagnostics;
using System.Globalization;
using ImageryContracts.Geometry;
using ImageryContracts.Http;
using ImageryContracts.OneAtlas;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Validation;
using ImageryContracts.Ordering;
using ImageryContracts.Polling;
using ImageryContracts.Validation;
using OrderWorkflow.Connections;
using OrderWorkflow.Workflow;

namespace OrderWorkflow.Vendors.OneAtlas;

/// <summary>
/// Price → order → wait for delivery on OneAtlas through the generated client: the vendor's rules checked before
/// anything is sent, typed errors, an order created at most once, polling with backoff.
/// </summary>
public sealed class OneAtlasWorkflow : IVendorWorkflow
{
    private static readonly Func<Order, PollDecision> DeliveryState = PollClassifier.ByState<Order, OrderStatus>(
        order => order.Status ?? throw new InvalidOperationException($"OneAtlas order {order.Id} came back without a status."),
        waiting: [OrderStatus.Ordered],
        done: [OrderStatus.Delivered],
        failed: [OrderStatus.Error, OrderStatus.Rejected]);

    private readonly OneAtlasClient _client;
    private readonly VendorCallRunner _calls;
    private readonly ConnectionSettings _settings;
    private readonly OneAtlasProductOrder _order;
    private readonly bool _placeOrder;

    private OneAtlasWorkflow(OneAtlasClient client, VendorCallRunner calls, ConnectionSettings settings, OneAtlasProductOrder order, bool placeOrder, string where)
    {
        _client = client;
        _calls = calls;
        _settings = settings;
        _order = order;
        _placeOrder = placeOrder;
        Name = $"OneAtlas ({where})";
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public int StepCount => _placeOrder ? 3 : 1;

    /// <summary>Connects to OneAtlas (the real service or a simulator) with an API key.</summary>
    /// <param name="credentials">The API key and, for a simulator, its URLs.</param>
    /// <param name="settings">Timeouts, retries, polling and logging.</param>
    /// <param name="order">What <see cref="RunAsync"/> prices and orders; the vendor's price example by default.</param>
    /// <param name="placeOrder">Whether <see cref="RunAsync"/> orders and waits, or prices only.</param>
    /// <returns>The workflow.</returns>
    public static OneAtlasWorkflow Connect(OneAtlasCredentials credentials, ConnectionSettings settings, OneAtlasProductOrder? order = null, bool placeOrder = true)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(settings);
        var calls = new VendorCallRunner("OneAtlas", error => error is ApiError vendor ? new VendorErrorDetails(vendor.Message, vendor.CorrelationId) : null);
        var client = VendorAdapters.Connect(
            "OneAtlas base URL", credentials.BaseUrl, settings, adapter => new OneAtlasClient(adapter),
            anonymous => new OneAtlasApiKeyTokens(anonymous, calls, credentials.ApiKey, credentials.TokenUrl));
        return new OneAtlasWorkflow(client, calls, settings, order ?? OneAtlasSampleOrders.ToulousePleiades(), placeOrder, credentials.IsRealService ? "real service" : "simulator");
    }

    /// <summary>Prices an order after checking it against the vendor's rules.</summary>
    /// <param name="order">The request and the sensor of its image.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The vendor's price.</returns>
    /// <exception cref="ImageryValidationException">The order breaks a rule; nothing was sent.</exception>
    /// <exception cref="ImageryApiException">The vendor refused or could not be reached.</exception>
    public async Task<Price> PriceAsync(OneAtlasProductOrder order, CancellationToken cancellationToken = default)
    {
        Validate(order);
        var priced = await _calls.RunAsync("getPrice", RetryPolicy.SafeToRetry, call => _client.Api.V1.Prices.PostAsync(order.Request, call.Configure, cancellationToken), cancellationToken);
        return priced.Price ?? throw new InvalidOperationException("OneAtlas answered the price request without a price.");
    }

    /// <summary>
    /// Places an order after checking it against the vendor's rules. The creation is never resent blindly: after an
    /// ambiguous failure the order is looked up in the vendor's list by a tag unique to this call.
    /// </summary>
    /// <param name="order">The request and the sensor of its image.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The order as created (status <c>ordered</c>).</returns>
    /// <exception cref="ImageryValidationException">The order breaks a rule; nothing was sent.</exception>
    /// <exception cref="ImageryApiException">The vendor refused the order.</exception>
    /// <exception cref="OrderOutcomeUnknownException">A failure left the outcome unknown and the order list could not be read.</exception>
    public async Task<Order> PlaceOrderAsync(OneAtlasProductOrder order, CancellationToken cancellationToken = default)
    {
        Validate(order);
        var tag = "order-workflow-" + Guid.NewGuid().ToString("N");
        var request = order.Request;
        request.Tags = [.. request.Tags ?? [], tag];
        var created = await AtMostOnceCreation.CreateAsync(
            tag,
            token => _calls.RunAsync("createOrder", RetryPolicy.Never, call => _client.Api.V1.Orders.PostAsync(request, call.Configure, token), token),
            async token =>
            {
                var page = await _calls.RunAsync("listOrders", RetryPolicy.SafeToRetry, call => _client.Api.V1.Orders.GetAsync(call.Configure, token), token);
                return page.Items?.FirstOrDefault(listed => listed.Payload?.Tags?.Contains(tag) == true);
            },
            _settings.Creation,
            logger: _settings.Logger,
            cancellationToken: cancellationToken);
        return created.Order;
    }

    /// <summary>Polls an order until it is <c>delivered</c>, with backoff and jitter.</summary>
    /// <param name="orderId">The order's id.</param>
    /// <param name="progress">Receives every poll.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The delivered order.</returns>
    /// <exception cref="PollFailedException">The order ended <c>error</c> or <c>rejected</c>.</exception>
    /// <exception cref="PollTimeoutException">The polling deadline passed first.</exception>
    public async Task<Order> WaitForDeliveryAsync(Guid orderId, IProgress<PollProgress<Order>>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = await Poller.PollAsync(
            token => _calls.RunAsync("getOrder", RetryPolicy.SafeToRetry, call => _client.Api.V1.Orders[orderId].GetAsync(call.Configure, token), token),
            DeliveryState,
            _settings.Polling,
            progress: progress,
            describe: order => order.Status?.ToWireValue() ?? "no status",
            cancellationToken: cancellationToken);
        return result.Value;
    }

    /// <inheritdoc />
    public async Task<WorkflowOutcome> RunAsync(IProgress<WorkflowStage> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var started = Stopwatch.GetTimestamp();
        progress.Report(new WorkflowStage(1, "pricing"));
        var price = await PriceAsync(_order, cancellationToken);
        // The vendor charges credits; amount/amountUnit is the data volume (kB in every vendor example).
        var priceText = price.Credits is { } credits
            ? string.Create(CultureInfo.InvariantCulture, $"{credits} credits")
            : string.Create(CultureInfo.InvariantCulture, $"{price.Amount} {price.AmountUnit}");
        var areaKm2 = price.AreaKm2 ?? AoiKm2(_order.Request);
        if (!_placeOrder)
        {
            return new WorkflowOutcome(Name, null, areaKm2, priceText, "priced (add --order to order)", Stopwatch.GetElapsedTime(started));
        }

        progress.Report(new WorkflowStage(2, $"ordering ({priceText})"));
        var order = await PlaceOrderAsync(_order, cancellationToken);
        var orderId = order.Id ?? throw new InvalidOperationException("OneAtlas created an order without an id.");
        progress.Report(new WorkflowStage(3, $"order {WorkflowStage.ShortId(orderId)}: waiting for delivery"));
        var delivered = await WaitForDeliveryAsync(
            orderId,
            new ActionProgress<PollProgress<Order>>(poll => progress.Report(new WorkflowStage(3, $"order {WorkflowStage.ShortId(orderId)}: {poll.LastValue.Status?.ToWireValue()} (poll {poll.Attempt})"))),
            cancellationToken);
        return new WorkflowOutcome(Name, orderId.ToString(), areaKm2, priceText, delivered.Status!.Value.ToWireValue(), Stopwatch.GetElapsedTime(started));
    }

    private static void Validate(OneAtlasProductOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var results = new List<ValidationResult>();
        foreach (var product in order.Request.Products ?? [])
        {
            results.Add(OneAtlasValidator.ValidateProductRequest(
                kind: order.Request.Kind,
                productType: product.ProductType,
                radiometricProcessing: product.RadiometricProcessing,
                imageFormat: product.ImageFormat,
                crsCode: product.CrsCode,
                sensor: order.Sensor));
            if (product.Aoi is { } aoi)
            {
                var polygon = ToGeoJson(aoi);
                var shape = polygon.Validate("aoi");
                results.Add(shape.IsValid ? OneAtlasValidator.ValidatePolygonArea(polygon.AreaKm2) : shape);
            }
        }

        ValidationResult.Combine([.. results]).ThrowIfInvalid();
    }

    private static double? AoiKm2(OrderRequest request) =>
        request.Products?.Where(product => product.Aoi is not null).Sum(product => ToGeoJson(product.Aoi!).AreaKm2);

    private static GeoJsonPolygon ToGeoJson(Polygon aoi) =>
        GeoJsonPolygon.FromCoordinates([.. (aoi.Coordinates ?? []).Select(ring => ring.Select(position => position.ToArray()).ToArray())]);
}
