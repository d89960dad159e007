using System.Globalization;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.DataCosmos.Ordering;
using Microsoft.Extensions.DependencyInjection;
using OrderWorkflow.Connections;
using OrderWorkflow.Workflow;

namespace OrderWorkflow.Vendors.DataCosmos;

/// <summary>
/// Search → price → order → checkout → wait until paid → download on DataCosmos through the kit's
/// <see cref="DataCosmosOrdering"/> facade.
/// </summary>
public sealed class DataCosmosWorkflow : IVendorWorkflow, IAsyncDisposable
{
    /// <summary>The folder under the output folder that DataCosmos files go to.</summary>
    public const string Folder = "datacosmos";

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

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public int StepCount => _placeOrder ? 6 : 2;

    /// <summary>The facade: the organisation's contract, validation before sending, typed errors, at-most-once creation, polling.</summary>
    public DataCosmosOrdering Ordering { get; }

    /// <summary>Registers DataCosmos with <c>services.AddDataCosmos(…)</c> for the real service or a simulator.</summary>
    /// <param name="credentials">The client, its organisation and, for a simulator, its URLs.</param>
    /// <param name="settings">Timeouts, retries, polling and logging.</param>
    /// <param name="placeOrder">Whether <see cref="RunAsync"/> orders, pays, waits and downloads, or searches and prices only.</param>
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
    public async Task<WorkflowOutcome> RunAsync(WorkflowJob job, IProgress<WorkflowStage> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(progress);
        progress.Report(new WorkflowStage(1, "searching the STAC catalogue over the AOI"));
        var (image, searched) = await ImageChoice.BestAsync(
            Ordering.SearchAsync(job.Aoi, job.From, job.To, cancellationToken: cancellationToken), image => image.CloudCover, image => image.Acquired, cancellationToken);
        var sensor = image is null ? throw ImageChoice.NoneFound("DataCosmos", job) : $"{image.Platform ?? "platform not stated"} {image.ProcessingLevel}".TrimEnd();
        var chosen = ImageChoice.Describe(image.Id, sensor, image.CloudCover, image.Acquired, searched);
        progress.Report(new WorkflowStage(2, $"chose {chosen}; pricing under the organisation's contract"));
        var price = await Ordering.PriceAsync(image.Collection, image.Id, image.ProcessingLevel, cancellationToken);
        var priceText = string.Create(CultureInfo.InvariantCulture, $"{price.Final ?? price.Value} {price.Currency}");
        var outcome = new WorkflowOutcome(Name, null, image.AreaKm2, priceText, "priced (add --order to order)") { Image = image.Id, Sensor = sensor };
        if (!_placeOrder)
        {
            return outcome;
        }

        // The facade checks the order against the image (its level, its footprint) before anything is sent.
        progress.Report(new WorkflowStage(3, $"ordering {image.Id} ({priceText})"));
        var created = await Ordering.PlaceOrderAsync(image, clientReference: _clientReference, cancellationToken: cancellationToken);
        var orderId = created.Order.Id ?? throw new InvalidOperationException("DataCosmos created an order without an id.");
        outcome = outcome with { OrderId = orderId.ToString(), Resumed = created.Resumed };
        var stages = new OrderProgress(progress, orderId);
        stages.Report(4, "checking out");
        var checkout = await Ordering.CheckoutAsync(orderId, cancellationToken);
        if (checkout.CheckoutUrl is { Length: > 0 } paymentUrl)
        {
            return outcome with { Status = $"UNPAID: credits do not cover it; pay at {paymentUrl}" };
        }

        stages.Report(5, "waiting until paid");
        var paid = await Ordering.WaitUntilPaidAsync(orderId, stages.Polls<Order>(5, order => order.Status?.ToWireValue()), cancellationToken);
        var tally = new DownloadTally(progress, 6);
        tally.Start();
        var download = await Ordering.DownloadAsync(paid, job.FolderOf(Folder), tally, cancellationToken);
        if (download.Failed.FirstOrDefault() is { } failed)
        {
            throw new InvalidOperationException(
                $"{download.Failed.Count()} of {download.Assets.Count} files of order {orderId} failed, first {failed.AssetKey ?? failed.Item}: {failed.Error?.Message}. Run again to resume the partial files.",
                failed.Error);
        }

        return outcome with
        {
            Status = paid.Status!.Value.ToWireValue(),
            Files = [.. download.Downloaded.Select(asset => new DownloadedFile(asset.File!.Path, asset.File.Length, asset.File.Md5Verified))],
        };
    }

    /// <summary>Releases the HTTP clients.</summary>
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
