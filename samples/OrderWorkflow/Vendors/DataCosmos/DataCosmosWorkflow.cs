using System.Globalization;
using ImageryContracts.DataCosmos.DependencyInjection;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.DataCosmos.Ordering;
using ImageryContracts.Testing.DataCosmos;
using Microsoft.Extensions.DependencyInjection;
using OrderWorkflow.Connections;
using OrderWorkflow.Workflow;

namespace OrderWorkflow.Vendors.DataCosmos;

/// <summary>Price → order → checkout → wait until paid on DataCosmos through the kit's <see cref="DataCosmosOrdering"/> facade.</summary>
public sealed class DataCosmosWorkflow : IVendorWorkflow, IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _placeOrder;
    private readonly string _clientReference;

    private DataCosmosWorkflow(ServiceProvider services, bool placeOrder, string where, string clientReference)
    {
        _clientReference = clientReference;
        _services = services;
        Ordering = services.GetRequiredService<DataCosmosOrdering>();
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

    /// <summary>The facade: the organisation's contract, validation before sending, typed errors, at-most-once creation, polling.</summary>
    public DataCosmosOrdering Ordering { get; }

    /// <summary>Registers DataCosmos with <c>services.AddDataCosmos(…)</c> for the real service or a simulator.</summary>
    /// <param name="credentials">The client, its organisation and, for a simulator, its URLs.</param>
    /// <param name="settings">Timeouts, retries, polling and logging.</param>
    /// <param name="placeOrder">Whether <see cref="RunAsync"/> orders, pays and waits, or prices only.</param>
    /// <returns>The workflow; dispose it to release its HTTP clients.</returns>
    public static DataCosmosWorkflow Connect(DataCosmosCredentials credentials, ConnectionSettings settings, bool placeOrder = true)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(settings);
        var services = new ServiceCollection()
            .AddSingleton(settings.LoggerFactory)
            .AddDataCosmos(options =>
            {
                options.ClientId = credentials.ClientId;
                options.ClientSecret = credentials.ClientSecret;
                options.OrganisationId = credentials.OrganisationId;
                options.BaseUrl = credentials.BaseUrl ?? options.BaseUrl;
                options.TokenUrl = credentials.TokenUrl ?? options.TokenUrl;
                options.Http = settings.Http;
                options.Polling = settings.Polling;
                options.Creation = settings.Creation;
            })
            .AddOrderJournalAt(settings.JournalPath)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new DataCosmosWorkflow(services, placeOrder, credentials.IsRealService ? "real service" : "simulator", settings.ClientReferenceFor("DataCosmos"));
    }

    /// <inheritdoc />
    public async Task<WorkflowOutcome> RunAsync(IProgress<WorkflowStage> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var item = SampleItem;
        progress.Report(new WorkflowStage(1, "pricing under the organisation's contract"));
        var price = await Ordering.PriceAsync(item.Collection, item.Item, item.Level, cancellationToken);
        var priceText = string.Create(CultureInfo.InvariantCulture, $"{price.Final ?? price.Value} {price.Currency}");
        if (!_placeOrder)
        {
            return new WorkflowOutcome(Name, null, item.AreaKm2, priceText, "priced (add --order to order)");
        }

        progress.Report(new WorkflowStage(2, $"ordering ({priceText})"));
        var created = await Ordering.PlaceOrderAsync([new OrderLineItem { Collection = item.Collection, Item = item.Item, Level = item.Level }], _clientReference, cancellationToken);
        var orderId = created.Order.Id ?? throw new InvalidOperationException("DataCosmos created an order without an id.");
        var stages = new OrderProgress(progress, orderId);
        stages.Report(3, "checking out");
        var checkout = await Ordering.CheckoutAsync(orderId, cancellationToken);
        if (checkout.CheckoutUrl is { Length: > 0 } paymentUrl)
        {
            return new WorkflowOutcome(Name, orderId.ToString(), item.AreaKm2, priceText, $"UNPAID: credits do not cover it; pay at {paymentUrl}") { Resumed = created.Resumed };
        }

        stages.Report(4, "waiting until paid");
        var paid = await Ordering.WaitUntilPaidAsync(orderId, stages.Polls<Order>(4, order => order.Status?.ToWireValue()), cancellationToken);
        return new WorkflowOutcome(Name, orderId.ToString(), item.AreaKm2, priceText, paid.Status!.Value.ToWireValue()) { Resumed = created.Resumed };
    }

    /// <summary>Releases the HTTP clients.</summary>
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
