using System.Globalization;
using ImageryContracts.OneAtlas.Models;
using ImageryContracts.OneAtlas.Ordering;
using Microsoft.Extensions.DependencyInjection;
using OrderWorkflow.Connections;
using OrderWorkflow.Workflow;

namespace OrderWorkflow.Vendors.OneAtlas;

/// <summary>
/// Search → price → order → wait for delivery → download on OneAtlas through the kit's <see cref="OneAtlasOrdering"/>
/// facade.
/// </summary>
public sealed class OneAtlasWorkflow : IVendorWorkflow, IAsyncDisposable
{
    /// <summary>The folder under the output folder that OneAtlas files go to.</summary>
    public const string Folder = "oneatlas";

    private readonly ServiceProvider _services;
    private readonly bool _placeOrder;
    private readonly string _clientReference;

    private OneAtlasWorkflow(ServiceProvider services, bool placeOrder, string where, string clientReference)
    {
        _clientReference = clientReference;
        _services = services;
        Ordering = services.GetRequiredService<OneAtlasOrdering>();
        _placeOrder = placeOrder;
        Name = $"OneAtlas ({where})";
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public int StepCount => _placeOrder ? 5 : 2;

    /// <summary>The facade: validation before sending, typed errors, at-most-once creation, polling.</summary>
    public OneAtlasOrdering Ordering { get; }

    /// <summary>Registers OneAtlas with <c>services.AddOneAtlas(…)</c> for the real service or a simulator.</summary>
    /// <param name="credentials">The API key and, for a simulator, its URLs.</param>
    /// <param name="settings">Timeouts, retries, polling and logging.</param>
    /// <param name="placeOrder">Whether <see cref="RunAsync"/> orders, waits and downloads, or searches and prices only.</param>
    /// <returns>The workflow; dispose it to release its HTTP clients.</returns>
    public static OneAtlasWorkflow Connect(OneAtlasCredentials credentials, ConnectionSettings settings, bool placeOrder = true)
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

                // The simulator serves the vendor's search and access hosts on its one address.
                options.SearchUrl = credentials.BaseUrl ?? options.SearchUrl;
                options.AccessUrl = credentials.BaseUrl ?? options.AccessUrl;
                options.Http = settings.Http;
                options.Polling = settings.Polling;
                options.Creation = settings.Creation;
            })
            .AddOrderJournalAt(settings.JournalPath)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new OneAtlasWorkflow(services, placeOrder, credentials.IsRealService ? "real service" : "simulator", settings.ClientReferenceFor("OneAtlas"));
    }

    /// <inheritdoc />
    public async Task<WorkflowOutcome> RunAsync(WorkflowJob job, IProgress<WorkflowStage> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(progress);
        progress.Report(new WorkflowStage(1, "searching the catalogue over the AOI"));
        var (image, searched) = await ImageChoice.BestAsync(
            Ordering.SearchAsync(job.Aoi, job.From, job.To, cancellationToken: cancellationToken), image => image.CloudCover, image => image.AcquisitionDate, cancellationToken);
        var sensor = image is null ? throw ImageChoice.NoneFound("OneAtlas", job) : $"{image.Constellation ?? "constellation not stated"} {image.Platform}".TrimEnd();
        var chosen = ImageChoice.Describe(image.Id.ToString(), sensor, image.CloudCover, image.AcquisitionDate, searched);
        var product = image.Product(job.Aoi, image.Sensor is { } known ? OneAtlasSampleOrders.BundleFor(known) : ProductType.Bundle, RadiometricProcessing.Reflectance);

        // Priced against the image: its sensor must accept the product type and processing, its footprint the AOI.
        progress.Report(new WorkflowStage(2, $"chose {chosen}; checking against its sensor and pricing"));
        var price = (await Ordering.PriceAsync(image, product, cancellationToken: cancellationToken)).Price
            ?? throw new InvalidOperationException("OneAtlas answered the price request without a price.");

        // The vendor charges credits; amount/amountUnit is the data volume (kB in every vendor example).
        var priceText = price.Credits is { } credits
            ? string.Create(CultureInfo.InvariantCulture, $"{credits} credits")
            : string.Create(CultureInfo.InvariantCulture, $"{price.Amount} {price.AmountUnit}");
        var outcome = new WorkflowOutcome(Name, null, price.AreaKm2, priceText, "priced (add --order to order)") { Image = image.Id.ToString(), Sensor = sensor };
        if (!_placeOrder)
        {
            return outcome;
        }

        // The product the price call checked against the image, under the run's client reference so --journal resumes it.
        progress.Report(new WorkflowStage(3, $"ordering ({priceText})"));
        var created = await Ordering.PlaceOrderAsync(new OrderRequest { Kind = OrderKind.DataProduct, Products = [product] }, _clientReference, cancellationToken);
        var orderId = created.Order.Id ?? throw new InvalidOperationException("OneAtlas created an order without an id.");
        outcome = outcome with { OrderId = orderId.ToString(), Resumed = created.Resumed };
        var stages = new OrderProgress(progress, orderId);
        stages.Report(4, "waiting for delivery");
        var delivered = await Ordering.WaitForDeliveryAsync(orderId, stages.Polls<Order>(4, order => order.Status?.ToWireValue()), cancellationToken);
        var tally = new DownloadTally(progress, 5);
        tally.Start();
        var downloads = await Ordering.DownloadAsync(delivered, job.FolderOf(Folder), tally, cancellationToken);
        if (downloads.FirstOrDefault(download => !download.Succeeded) is { } failed)
        {
            throw new InvalidOperationException(
                $"{downloads.Count(download => !download.Succeeded)} of {downloads.Count} deliveries of order {orderId} failed to download, first {failed.Request.TargetPath}: {failed.Error?.Message}. Run again to resume the partial files.",
                failed.Error);
        }

        return outcome with
        {
            Status = delivered.Status!.Value.ToWireValue(),
            Files = [.. downloads.Select(download => new DownloadedFile(download.Result!.Path, download.Result.Length, download.Result.Md5Verified))],
        };
    }

    /// <summary>Releases the HTTP clients.</summary>
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
