using System.Runtime.CompilerServices;
using ImageryContracts.OneAtlas;
using ImageryContracts.OneAtlas.Models;

namespace ImageryContracts.Benchmarks.Streaming;

/// <summary>
/// Every order of the account as an <see cref="IAsyncEnumerable{T}"/>, one page in memory at a time, through the
/// generated client. The ordering facade's <c>ListOrdersAsync</c> was not in the tree when these benchmarks were
/// written (docs/benchmarks.md); this is the same walk over the same generated request builder, so it measures what
/// the facade adds on top of: one page held, the next requested when it is consumed.
/// </summary>
internal static class OrderPageWalk
{
    /// <summary>Orders per page requested.</summary>
    public const int PageSize = 100;

    public static async IAsyncEnumerable<Order> ListAsync(OneAtlasClient client, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var page = 1; ; page++)
        {
            var current = await client.Api.V1.Orders.GetAsync(
                config =>
                {
                    config.QueryParameters.Page = page;
                    config.QueryParameters.ItemsPerPage = PageSize;
                },
                cancellationToken);
            var items = current?.Items ?? [];
            foreach (var order in items)
            {
                yield return order;
            }

            // totalResults is capped (countLimitReached), so only a short page says the list has ended.
            if (items.Count < PageSize)
            {
                yield break;
            }
        }
    }
}
