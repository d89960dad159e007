using System.Globalization;
using ImageryContracts.OneAtlas.DependencyInjection;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Ordering;
using Microsoft.Extensions.DependencyInjection;
using OrderWorkflow.Connections;
using OrderWorkflow.Workflow;

namespace OrderWorkflow.Vendors.OneAtlas;

/// <summary>Price → order → wait for delivery on OneAtlas through the kit's <see cref="OneAtlasOrdering"/> facade.</summary>
public sealed class OneAtlasWorkflow : IVendorWorkflow, IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly OrderRequest _order;
    private readonly bool _placeOrder;
    private readonly string _clientReference;

    private OneAtlasWorkflow(ServiceProvider services, OrderRequest order, bool placeOrder, string where, string clientReference)
    {
        _clientReference = clientReference;
        _services = services;
        Ordering = services.GetRequiredService<OneAtlasOrdering>();
        _order = order;
        _placeOrder = placeOrder;
        Name = $"OneAtlas ({where})";
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public int StepCount => _placeOrder ? 3 : 1;

    /// <summary>The facade: validation before sending, typed errors, at-most-once creation, polling.</summary>
    public OneAtlasOrdering Ordering { get; }

    /// <summary>Registers OneAtlas with <c>services.AddOneAtlas(…)</c> for the real service or a simulator.</summary>
    /// <param name="credentials">The API key and, for a simulator, its URLs.</param>
    /// <param name="settings">Timeouts, retries, polling and logging.</param>
    /// <param name="order">What <see cref="RunAsync"/> prices and orders; the vendor's price example by default.</param>
    /// <param name="placeOrder">Whether <see cref="RunAsync"/> orders and waits, or prices only.</param>
    /// <returns>The workflow; dispose it to release its HTTP clients.</returns>
    public static OneAtlasWorkflow Connect(OneAtlasCredentials credentials, ConnectionSettings settings, OrderRequest? order = null, bool placeOrder = true)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(settings);
        var services = new ServiceCollection()
            .AddSingleton(settings.LoggerFactory)
            .AddOneAtlas(options =>
            {
                options.ApiKey = credentials.ApiKey;
                options.BaseUrl = credentials.BaseUrl ?? options.BaseUrl;
                options.TokenUrl = credentials.TokenUrl ?? options.TokenUrl;
                options.Http = settings.Http;
                options.Polling = settings.Polling;
                options.Creation = settings.Creation;
            })
            .AddOrderJournalAt(settings.JournalPath)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new OneAtlasWorkflow(services, order ?? OneAtlasSampleOrders.ToulousePleiades(), placeOrder, credentials.IsRealService ? "real service" : "simulator", settings.ClientReferenceFor("OneAtlas"));
    }

    /// <inheritdoc />
    public async Task<WorkflowOutcome> RunAsync(WorkflowJob job, IProgress<WorkflowStage> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(progress);
        progress.Report(new WorkflowStage(1, "pricing"));
        var price = (await Ordering.PriceAsync(_order, cancellationToken)).Price
            ?? throw new InvalidOperationException("OneAtlas answered the price request without a price.");

        // The vendor charges credits; amount/amountUnit is the data volume (kB in every vendor example).
        var priceText = price.Credits is { } credits
            ? string.Create(CultureInfo.InvariantCulture, $"{credits} credits")
            : string.Create(CultureInfo.InvariantCulture, $"{price.Amount} {price.AmountUnit}");
        if (!_placeOrder)
        {
            return new WorkflowOutcome(Name, null, price.AreaKm2, priceText, "priced (add --order to order)");
        }

        progress.Report(new WorkflowStage(2, $"ordering ({priceText})"));
        var created = await Ordering.PlaceOrderAsync(_order, _clientReference, cancellationToken);
        var orderId = created.Order.Id ?? throw new InvalidOperationException("OneAtlas created an order without an id.");
        var stages = new OrderProgress(progress, orderId);
        stages.Report(3, "waiting for delivery");
        var delivered = await Ordering.WaitForDeliveryAsync(orderId, stages.Polls<Order>(3, order => order.Status?.ToWireValue()), cancellationToken);
        return new WorkflowOutcome(Name, orderId.ToString(), price.AreaKm2, priceText, delivered.Status!.Value.ToWireValue()) { Resumed = created.Resumed };
    }

    /// <summary>Releases the HTTP clients.</summary>
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
