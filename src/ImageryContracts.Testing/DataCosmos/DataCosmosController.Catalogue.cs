using ImageryContracts.Testing.DataCosmos.Contract;
using ImageryContracts.Testing.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>The STAC catalogue: search (GET and POST, cursor paging, prices under a contract) and item reads.</summary>
internal sealed partial class DataCosmosController
{
    /// <summary>The page size when a search names none (STAC's default; the vendor's is not known).</summary>
    public const int DefaultSearchLimit = 10;

    /// <summary>The largest page; larger limits are clamped, as STAC asks.</summary>
    public const int MaxSearchLimit = 10_000;

    public override Task<ActionResult<StacItemCollection>> SearchItemsByQuery(
        [ModelBinder(typeof(CommaSeparatedQueryBinder))] IEnumerable<string>? collections,
        [ModelBinder(typeof(CommaSeparatedQueryBinder))] IEnumerable<double>? bbox,
        [FromQuery] string? datetime,
        [ModelBinder(typeof(CommaSeparatedQueryBinder))] IEnumerable<string>? ids,
        [FromQuery] int? limit,
        [FromQuery] string? cursor,
        [FromQuery] string? project,
        [FromQuery] long? contract_id,
        CancellationToken cancellationToken = default) =>
        Search(
            new StacSearchRequest { Collections = collections?.ToList(), Bbox = bbox?.ToList(), Datetime = datetime, Ids = ids?.ToList(), Limit = limit },
            cursor,
            project,
            contract_id);

    public override Task<ActionResult<StacItemCollection>> SearchItems(
        [FromQuery] string? cursor, [FromQuery] string? project, [FromQuery] long? contract_id, [FromBody] StacSearchRequest body, CancellationToken cancellationToken = default) =>
        Search(body, body.Cursor ?? cursor, body.Project ?? project, contract_id);

    public override Task<ActionResult<StacItem>> GetItem([FromRoute] string collection, [FromRoute] string item, CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out _, out var refusal))
        {
            return Done<StacItem>(refusal);
        }

        return Done<StacItem>(state.Catalogue.Find(collection, item) is { Footprint: not null } found
            ? Wire.Item(found, pricedUnder: null)
            : NotFound(errors.Body(StatusCodes.Status404NotFound, $"Item '{item}' is not in collection '{collection}'; use the collection and id of a search result.", "item")));
    }

    private DataCosmosStacWire Wire => new($"{Request.Scheme}://{Request.Host}{DataCosmosSimulator.BasePath}");

    private Task<ActionResult<StacItemCollection>> Search(StacSearchRequest body, string? cursor, string? project, long? contractId)
    {
        if (!TryAuthenticate(out var organisation, out var refusal))
        {
            return Done<StacItemCollection>(refusal);
        }

        if (body.Limit is < 1)
        {
            return Done<StacItemCollection>(SearchRefused($"limit {body.Limit} is below 1; ask for 1 to {MaxSearchLimit} items per page.", "limit"));
        }

        var (search, problem, field) = DataCosmosSearch.From(body);
        if (search is null)
        {
            return Done<StacItemCollection>(SearchRefused(problem!, field));
        }

        DataCosmosPolicy? pricedUnder = null;
        if (contractId is { } id)
        {
            pricedUnder = state.Rules.Policy(organisation.Id, id);
            if (pricedUnder is not { Active: true })
            {
                return Done<StacItemCollection>(SearchRefused($"contract_id {id} is not an active contract of organisation {organisation.Id}; use the contract_id of a policy from GET /v1/dpap/organisations/{organisation.Id}/policies.", "contract_id"));
            }
        }
        else if (project is { Length: > 0 })
        {
            pricedUnder = organisation.Policies.FirstOrDefault(policy => policy.DefaultContract && policy.Active);
        }

        var limit = Math.Min(body.Limit ?? DefaultSearchLimit, MaxSearchLimit);
        if (state.Catalogue.Search(search, cursor, limit) is not { } page)
        {
            // Observed: a wrong cursor fails the search with HTTP 500 (vendor SDK fix of 2026-02).
            return Done<StacItemCollection>(StatusCode(StatusCodes.Status500InternalServerError, errors.Body(
                StatusCodes.Status500InternalServerError, $"Internal server error: cursor '{cursor}' does not continue any search; send the cursor of the previous page's next link.", "cursor")));
        }

        return Done<StacItemCollection>(Wire.Page(page, limit, cursor, pricedUnder));
    }

    private BadRequestObjectResult SearchRefused(string message, string? field) =>
        BadRequest(errors.Body(StatusCodes.Status400BadRequest, message, field));
}
