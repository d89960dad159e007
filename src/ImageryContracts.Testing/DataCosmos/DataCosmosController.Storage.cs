using ImageryContracts.Testing.Downloads;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>
/// The storage route the items' asset hrefs point at: deterministic bytes per asset, with <c>Range</c> when the options
/// allow it, for organisations that have paid for the item. Simulator behaviour where the vendor is silent: the 403 for
/// an item not bought, and range support.
/// </summary>
internal sealed partial class DataCosmosController
{
    public override Task<IActionResult> GetCatalogAsset(
        [FromRoute] string collection, [FromRoute] string year, [FromRoute] string month, [FromRoute] string day, [FromRoute] string item, [FromRoute] string asset,
        CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out var organisation, out var refusal))
        {
            return Task.FromResult<IActionResult>(refusal);
        }

        if (state.Catalogue.Stored(collection, year, month, day, item, asset) is not var (found, file))
        {
            return Task.FromResult<IActionResult>(NotFound(errors.Body(
                StatusCodes.Status404NotFound, $"No asset '{asset}' of item '{item}' in collection '{collection}' is stored for {year}-{month}-{day}; use an href of the item as GET /v0/stac/collections/{{collection}}/items/{{item}} returns it.", "asset")));
        }

        if (!state.HasBought(organisation.Id, collection, item))
        {
            return Task.FromResult<IActionResult>(StatusCode(StatusCodes.Status403Forbidden, errors.Body(
                StatusCodes.Status403Forbidden, $"Organisation {organisation.Id} has not bought item '{item}' of '{collection}'; order it and pay for the order before downloading its files.", "item")));
        }

        return Task.FromResult<IActionResult>(new SimulatedDownloadResult(state.Catalogue.Download(found, file)));
    }
}
