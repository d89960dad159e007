using ImageryContracts.DataCosmos.Downloads;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.Downloads;
using ImageryContracts.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;

namespace ImageryContracts.DataCosmos.Ordering;

/// <summary>The last step of the workflow: the purchased files, fetched from the items' asset hrefs.</summary>
public sealed partial class DataCosmosOrdering
{
    /// <summary>Downloads every asset of a paid order; see <see cref="DownloadAsync(Order, string, IProgress{DownloadProgress}, CancellationToken)"/>.</summary>
    /// <param name="orderId">The order's id.</param>
    /// <param name="targetFolder">Where the files go: <c>collection/item/file</c> below it.</param>
    /// <param name="progress">Receives each file's bytes, total and rate, from several downloads at once.</param>
    /// <param name="cancellationToken">Stops every download, leaving partial files for the next call to resume.</param>
    /// <returns>What became of each asset.</returns>
    /// <inheritdoc cref="DownloadAsync(Order, string, IProgress{DownloadProgress}, CancellationToken)" path="/exception"/>
    public async Task<DataCosmosDownload> DownloadAsync(Guid orderId, string targetFolder, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var order = await GetOrderAsync(orderId, cancellationToken).ConfigureAwait(false);
        return await DownloadAsync(order, targetFolder, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Downloads every asset of a paid order, as the vendor's clients do: each ordered item is read again (its asset
    /// hrefs are taken from that answer, never built), then each file is fetched, a bounded number at once, streamed to
    /// a partial file that takes its final name only once complete. The bearer token goes only to the data API's host;
    /// an href elsewhere (a public bucket) is fetched without it. An asset with an empty href, an item that cannot be
    /// read again and a file that fails are reported in the result while the rest carry on.
    /// </summary>
    /// <param name="order">The order, as read or as <c>WaitUntilPaidAsync</c> returned it.</param>
    /// <param name="targetFolder">Where the files go: <c>collection/item/file</c> below it, the file named as the href's last segment.</param>
    /// <param name="progress">Receives each file's bytes, total and rate, from several downloads at once.</param>
    /// <param name="cancellationToken">Stops every download, leaving partial files for the next call to resume.</param>
    /// <returns>What became of each asset.</returns>
    /// <exception cref="InvalidOperationException">The order is not <c>PAID</c>, or the facade was created without a downloader.</exception>
    /// <exception cref="ImageryApiException">The order could not be read (by id).</exception>
    public async Task<DataCosmosDownload> DownloadAsync(Order order, string targetFolder, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetFolder);
        if (order.Status != OrderStatus.Paid)
        {
            throw new InvalidOperationException(
                $"DataCosmos order {order.Id} is {order.Status?.ToWireValue() ?? "(no status)"}; only a PAID order's files can be downloaded. Check it out and wait with WaitUntilPaidAsync first.");
        }

        var downloader = _downloader ?? throw new InvalidOperationException(
            "This DataCosmosOrdering was created without a FileDownloader; register it with services.AddDataCosmos(…), or pass one over the data HTTP client.");
        var folder = Path.GetFullPath(targetFolder);
        var entries = new List<DataCosmosAssetDownload>();
        var files = new List<(int Entry, DownloadRequest Request)>();
        foreach (var (collection, itemId) in (order.OrderLineItems ?? []).Select(line => (line.Collection ?? "", line.Item ?? "")).Distinct())
        {
            StacItem item;
            try
            {
                item = await GetItemAsync(collection, itemId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is ImageryApiException or ArgumentException)
            {
                _logger.LogWarning(exception, "DataCosmos item {Collection}/{Item} of order {OrderId} could not be read again; its files are skipped.", collection, itemId, order.Id);
                entries.Add(new DataCosmosAssetDownload(collection, itemId, null, null, DataCosmosAssetState.Failed) { Error = exception });
                continue;
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, asset) in item.Assets ?? [])
            {
                if (asset.Href is not { Length: > 0 } href)
                {
                    entries.Add(new DataCosmosAssetDownload(collection, itemId, key, asset.Href ?? "", DataCosmosAssetState.NoFile));
                    continue;
                }

                var target = Path.Combine(folder, SafeName(collection), SafeName(itemId), FileNameOf(href, key, names));
                files.Add((entries.Count, new DownloadRequest(target, token => AssetRequestAsync(href, token))
                {
                    Vendor = DataCosmosErrors.Vendor,
                    Operation = "getCatalogAsset",
                }));
                entries.Add(new DataCosmosAssetDownload(collection, itemId, key, href, DataCosmosAssetState.Downloaded));
            }
        }

        var outcomes = await downloader.DownloadAllAsync([.. files.Select(file => file.Request)], progress, cancellationToken).ConfigureAwait(false);
        for (var index = 0; index < outcomes.Count; index++)
        {
            var entry = files[index].Entry;
            entries[entry] = outcomes[index].Succeeded
                ? entries[entry] with { File = outcomes[index].Result }
                : entries[entry] with { State = DataCosmosAssetState.Failed, Error = outcomes[index].Error };
        }

        return new DataCosmosDownload(order, folder, entries);
    }

    // Through the generated client's adapter: it authenticates the request for the data API's host only.
    private async ValueTask<HttpRequestMessage> AssetRequestAsync(string href, CancellationToken cancellationToken)
    {
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(href) };
        request.Headers.TryAdd("Accept", "*/*");
        return await Client.Adapter.ConvertToNativeRequestAsync<HttpRequestMessage>(request, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The DataCosmos client's request adapter builds no HttpRequestMessage; use an HttpClientRequestAdapter (services.AddDataCosmos does).");
    }

    /// <summary>The href's last segment as a file name (the vendor SDK's choice), made unique within the item.</summary>
    private static string FileNameOf(string href, string key, HashSet<string> taken)
    {
        var last = Uri.TryCreate(href, UriKind.Absolute, out var uri) ? Uri.UnescapeDataString(uri.Segments[^1].TrimEnd('/')) : "";
        var name = SafeName(last.Length > 0 ? last : key);
        return taken.Add(name) ? name : SafeName(key) + "-" + name;
    }

    private static string SafeName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string([.. name.Select(character => invalid.Contains(character) ? '_' : character)]);
        return safe is "" or "." or ".." ? "_" : safe;
    }
}
