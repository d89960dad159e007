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
}
