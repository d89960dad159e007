using System.Globalization;

namespace OrderWorkflow.Workflow;

/// <summary>Picks the image to order from a search: the least cloud, then the newest. Streams the search, keeping only the best so far.</summary>
internal static class ImageChoice
{
    /// <summary>The best image of a search, and how many images the search returned.</summary>
    /// <typeparam name="TImage">The vendor's catalogue image.</typeparam>
    /// <param name="images">The search.</param>
    /// <param name="cloudCover">An image's cloud cover in percent; an image that states none ranks after every image that does.</param>
    /// <param name="acquired">An image's acquisition time.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The chosen image, <c>null</c> when the search returned none, and the number searched.</returns>
    public static async Task<(TImage? Best, int Count)> BestAsync<TImage>(
        IAsyncEnumerable<TImage> images, Func<TImage, double?> cloudCover, Func<TImage, DateTimeOffset?> acquired, CancellationToken cancellationToken)
        where TImage : class
    {
        TImage? best = null;
        var count = 0;
        await foreach (var image in images.WithCancellation(cancellationToken))
        {
            count++;
            if (best is null || Rank(image).CompareTo(Rank(best)) < 0)
            {
                best = image;
            }
        }

        return (best, count);

        (double Cloud, long NewestFirst) Rank(TImage image) =>
            (cloudCover(image) ?? double.PositiveInfinity, -(acquired(image)?.UtcTicks ?? long.MinValue + 1));
    }

    /// <summary>The choice as the sample prints it: id, sensor, cloud cover, date, and how many images it beat.</summary>
    /// <param name="id">The image's id.</param>
    /// <param name="sensor">Its sensor as the catalogue names it.</param>
    /// <param name="cloudCover">Its cloud cover in percent.</param>
    /// <param name="acquired">When it was taken.</param>
    /// <param name="searched">How many images the search returned.</param>
    /// <returns>The text.</returns>
    public static string Describe(string id, string sensor, double? cloudCover, DateTimeOffset? acquired, int searched) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{id} ({sensor}, {cloudCover?.ToString("0.#", CultureInfo.InvariantCulture) ?? "?"}% cloud, {acquired:yyyy-MM-dd}), best of {searched}");

    /// <summary>The failure of a search that found nothing to order.</summary>
    /// <param name="vendor">The vendor searched.</param>
    /// <param name="job">The AOI and time range searched.</param>
    /// <returns>The exception to throw.</returns>
    public static InvalidOperationException NoneFound(string vendor, WorkflowJob job) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"{vendor} has no orderable image over the AOI acquired between {job.From:yyyy-MM-dd} and {job.To:yyyy-MM-dd}; give another --aoi."));
}
