using System.Diagnostics.CodeAnalysis;
using ImageryContracts.Testing.Downloads;
using ImageryContracts.Testing.Hosting;
using ImageryContracts.Testing.OneAtlas.Contract;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json.Linq;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>
/// The OneAtlas simulator's implementation of the contract NSwag generated from <c>specs/oneatlas/oneatlas.yaml</c>:
/// routes, parameters and DTOs come from the base class, so an operation added to the spec fails this build until
/// it is implemented here.
/// </summary>
[ApiController]
internal sealed class OneAtlasController(OneAtlasState state, OneAtlasErrors errors) : OneAtlasControllerBase
{
    private string Root => $"{Request.Scheme}://{Request.Host}";

    public override Task<ActionResult<TokenResponse>> GetAccessToken(
        [ModelBinder(typeof(FormOrJsonBodyBinder))] TokenRequest body, CancellationToken cancellationToken = default)
    {
        var subject = state.SubjectForApiKey(body.Apikey);
        if (subject is null)
        {
            return Task.FromResult<ActionResult<TokenResponse>>(Unauthorized(errors.TokenRefusal(
                StatusCodes.Status401Unauthorized, "invalid_grant", "Invalid API key: this server knows no account with it; use the API key of an account the simulator was started with.")));
        }

        return Task.FromResult<ActionResult<TokenResponse>>(new TokenResponse
        {
            Access_token = state.Tokens.Issue(subject, Root + "/auth/realms/IDP"),
            Expires_in = (int)state.Tokens.Lifetime.TotalSeconds,
            Refresh_expires_in = 0,
            Token_type = "Bearer",
            NotBeforePolicy = 0,
            Session_state = Guid.NewGuid().ToString(),
            Scope = "",
        });
    }

    public override Task<ActionResult<PriceResponse>> GetPrice([FromBody] OrderRequest body, CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out var account, out var refusal))
        {
            return Task.FromResult<ActionResult<PriceResponse>>(refusal);
        }

        var (products, result) = state.Rules.Check(body);
        return Task.FromResult<ActionResult<PriceResponse>>(result.IsValid ? OneAtlasWire.Price(body, products) : Invalid(result));
    }

    public override Task<ActionResult<Order>> CreateOrder([FromBody] OrderRequest body, CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out var account, out var refusal))
        {
            return Task.FromResult<ActionResult<Order>>(refusal);
        }

        var (products, result) = state.Rules.Check(body);
        if (!result.IsValid)
        {
            return Task.FromResult<ActionResult<Order>>(Invalid(result));
        }

        var order = state.Place(account, body, products, Root);
        SimulatorContext.MarkOrderCreated(HttpContext, order.Id.ToString());
        return Task.FromResult<ActionResult<Order>>(Created(order._links.Self.Href, order));
    }

    public override Task<ActionResult<OrderList>> ListOrders(
        [FromQuery] OrderStatus? status,
        [FromQuery] string? kind = null,
        [FromQuery] string? tags = null,
        [FromQuery] int? page = 1,
        [FromQuery] int? itemsPerPage = 10,
        CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out var account, out var refusal))
        {
            return Task.FromResult<ActionResult<OrderList>>(refusal);
        }

        if (page < 1 || itemsPerPage < 1)
        {
            return Task.FromResult<ActionResult<OrderList>>(BadRequest(errors.Body(
                StatusCodes.Status400BadRequest, $"page {page} and itemsPerPage {itemsPerPage} must both be at least 1; pages start at 1.", page < 1 ? "page" : "itemsPerPage")));
        }

        return Task.FromResult<ActionResult<OrderList>>(state.List(account, status, kind, tags, page ?? 1, itemsPerPage ?? 10, Root));
    }

    public override Task<ActionResult<Order>> GetOrder([FromRoute] Guid orderId, CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out var account, out var refusal))
        {
            return Task.FromResult<ActionResult<Order>>(refusal);
        }

        return Task.FromResult<ActionResult<Order>>(state.Poll(account, orderId, Root) is { } order ? order : OrderNotFound(orderId));
    }

    public override Task<ActionResult<Order>> CancelOrder([FromRoute] Guid orderId, CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out var account, out var refusal))
        {
            return Task.FromResult<ActionResult<Order>>(refusal);
        }

        if (state.Poll(account, orderId, Root) is not { } order)
        {
            return Task.FromResult<ActionResult<Order>>(OrderNotFound(orderId));
        }

        // The vendor documents only the link: no method, no effect and no "cancelled" status (the spec marks the
        // operation x-imagery-assumed), so the simulator refuses rather than invent an outcome.
        return Task.FromResult<ActionResult<Order>>(Conflict(errors.Body(
            StatusCodes.Status409Conflict,
            $"Order {orderId} is {WireEnum.ToWire(order.Status)} and was not cancelled: OneAtlas documents no cancellation outcome, so the simulator does not model one.")));
    }

    public override Task<ActionResult<ICollection<Delivery>>> ListOrderDeliveries([FromRoute] Guid orderId, CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out var account, out var refusal))
        {
            return Task.FromResult<ActionResult<ICollection<Delivery>>>(refusal);
        }

        return Task.FromResult(state.Deliveries(account, orderId, Root) is { } deliveries
            ? new ActionResult<ICollection<Delivery>>(deliveries)
            : new ActionResult<ICollection<Delivery>>(OrderNotFound(orderId)));
    }

    public override Task<ActionResult<Delivery>> GetDelivery([FromRoute] Guid deliveryId, CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out var account, out var refusal))
        {
            return Task.FromResult<ActionResult<Delivery>>(refusal);
        }

        return Task.FromResult<ActionResult<Delivery>>(state.Delivery(account, deliveryId, Root) is { } delivery
            ? delivery
            : NotFound(errors.Body(StatusCodes.Status404NotFound, $"Delivery {deliveryId} does not exist for this account; use an id from an order's deliveries.")));
    }

    // GET's typed parameters are bound for the contract; the filters are read from the query string itself, like POST's
    // body, so both verbs take exactly the same names and forms (and the reference's misspelt parentIdenfifier).
    public override Task<ActionResult<SearchResponse>> SearchCatalogue(
        [FromQuery] string? workspace,
        [FromQuery] string? bbox,
        [FromQuery] string? geometry,
        [FromQuery] SearchRelation? relation,
        [FromQuery] string? acquisitionDate,
        [FromQuery] string? cloudCover,
        [FromQuery] string? incidenceAngle,
        [FromQuery] string? snowCover,
        [FromQuery] string? resolution,
        [FromQuery] string? constellation,
        [FromQuery] string? platform,
        [FromQuery] string? processingLevel,
        [FromQuery] string? productType,
        [FromQuery] string? productionStatus,
        [FromQuery] string? id,
        [FromQuery] string? acquisitionIdentifier,
        [FromQuery] string? parentIdentifier,
        [FromQuery] string? sourceIdentifier,
        [FromQuery] string? publicationDate,
        [FromQuery] string? lastUpdateDate,
        [FromQuery] string? q,
        [FromQuery] string? sortBy,
        [FromQuery] int? itemsPerPage = 50,
        [FromQuery] int? startPage = 1,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(Search(new JObject(Request.Query.Select(pair => new JProperty(pair.Key, pair.Value.ToString())))));

    public override Task<ActionResult<SearchResponse>> SearchCatalogueByBody(
        [ModelBinder(typeof(SearchBodyBinder))] SearchOptions body, CancellationToken cancellationToken = default) =>
        Task.FromResult(Search(body.Wire));

    public override Task<ActionResult<SearchDomain>> ListSearchDomain([FromRoute] string propertyName, CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out var account, out var refusal))
        {
            return Task.FromResult<ActionResult<SearchDomain>>(refusal);
        }

        if (state.Domain(account, propertyName) is not { } values)
        {
            return Task.FromResult<ActionResult<SearchDomain>>(BadRequest(errors.Body(
                StatusCodes.Status400BadRequest,
                $"The simulator lists no values for '{propertyName}'; ask for constellation, platform, processingLevel, productType, productionStatus or workspaceName.",
                "propertyName")));
        }

        var domain = new SearchDomain();
        domain.AdditionalProperties[propertyName] = values;
        return Task.FromResult<ActionResult<SearchDomain>>(domain);
    }

    public override Task<IActionResult> DownloadItem([FromQuery] string? type, [FromRoute] Guid catalogItemId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Download(catalogItemId));

    public override Task<IActionResult> CheckItemDownload([FromRoute] Guid catalogItemId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Download(catalogItemId));

    private ActionResult<SearchResponse> Search(JObject filters)
    {
        if (!TryAuthenticate(out var account, out var refusal))
        {
            return refusal;
        }

        try
        {
            return state.Search(account, CatalogueQuery.Read(filters, state.Options.DefaultSortBy), Root);
        }
        catch (CatalogueQueryException exception)
        {
            return BadRequest(errors.Body(StatusCodes.Status400BadRequest, exception.Message, exception.Field));
        }
    }

    // GET streams the product's bytes and HEAD only its headers (the responder tells them apart); both carry the md5.
    private IActionResult Download(Guid itemId)
    {
        if (!TryAuthenticate(out var account, out var refusal))
        {
            return refusal;
        }

        return state.Item(account, itemId) switch
        {
            null => NotFound(errors.Body(StatusCodes.Status404NotFound, $"Catalogue item {itemId} does not exist for this account; download a delivered product through its delivery's _links.download.")),
            { OrderedItemId: null } => StatusCode(StatusCodes.Status403Forbidden, errors.Body(
                StatusCodes.Status403Forbidden,
                $"Catalogue item {itemId} is a Living Library image without the download right; order it, then download the delivered product from the delivery's _links.download.")),
            var product => new SimulatedDownloadResult(new SimulatedDownload(SimulatedContent.FromKey(product.Id.ToString(), state.Options.DownloadSize))
            {
                ContentType = "application/zip",
                FileName = $"{product.Id}.zip",
                Checksum = ChecksumHeaders.OneAtlas,
                SupportsRanges = state.Options.DownloadSupportsRanges,
            }),
        };
    }

    private bool TryAuthenticate([NotNullWhen(true)] out OneAtlasAccount? account, [NotNullWhen(false)] out ActionResult? refusal)
    {
        var (subject, problem) = state.Tokens.Authenticate(Request.Headers.Authorization);
        account = subject is null ? null : state.Account(subject);
        refusal = subject is null ? Unauthorized(errors.Body(StatusCodes.Status401Unauthorized, problem)) : null;
        return account is not null;
    }

    private BadRequestObjectResult Invalid(Validation.ValidationResult result) =>
        BadRequest(errors.Body(
            StatusCodes.Status400BadRequest,
            string.Join(" ", result.Problems.Select(problem => $"{string.Join(", ", problem.Fields)}: {problem.Message}")),
            result.Problems[0].Fields.FirstOrDefault()));

    private NotFoundObjectResult OrderNotFound(Guid orderId) =>
        NotFound(errors.Body(StatusCodes.Status404NotFound, $"Order {orderId} does not exist for this account; use an id returned by order creation or the order list."));
}
