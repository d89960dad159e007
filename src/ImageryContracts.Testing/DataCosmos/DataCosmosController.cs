using System.Diagnostics.CodeAnalysis;
using ImageryContracts.Geometry;
using ImageryContracts.Testing.DataCosmos.Contract;
using ImageryContracts.Testing.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>
/// The DataCosmos simulator's implementation of the contract NSwag generated from
/// <c>specs/datacosmos/datacosmos.yaml</c>; an operation added to the spec fails this build until it is implemented.
/// </summary>
[ApiController]
internal sealed partial class DataCosmosController(DataCosmosState state, DataCosmosErrors errors) : DataCosmosControllerBase
{
    /// <summary>Where the simulated Stripe checkout lives; not part of the vendor API.</summary>
    public const string CardCheckoutPath = "/simulator/stripe/checkout/";

    public override Task<ActionResult<TokenResponse>> GetAccessToken(
        [ModelBinder(typeof(FormOrJsonBodyBinder))] TokenRequest body, CancellationToken cancellationToken = default)
    {
        if (state.Client(body.Client_id, body.Client_secret) is not { } client)
        {
            return Done<TokenResponse>(Unauthorized(new TokenError
            {
                Error = "access_denied",
                Error_description = $"Unauthorized: client '{body.Client_id}' is unknown or its secret is wrong; use a client the simulator was started with.",
            }));
        }

        return Done<TokenResponse>(new TokenResponse
        {
            Access_token = state.Tokens.Issue($"organisation-{client.OrganisationId}", $"{Request.Scheme}://{Request.Host}/"),
            Token_type = "Bearer",
            Expires_in = (int)state.Tokens.Lifetime.TotalSeconds,
            Scope = "data:tasking:contract:read",
        });
    }

    public override Task<ActionResult<PolicyList>> ListPolicies(
        [FromRoute] long organisation_id, [FromQuery] bool? include_inactive_contracts = false, CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out var organisation, out var refusal))
        {
            return Done<PolicyList>(refusal);
        }

        if (organisation.Id != organisation_id)
        {
            return Done<PolicyList>(NotYours(organisation_id, "organisation_id"));
        }

        return Done<PolicyList>(new PolicyList
        {
            Data = organisation.Policies
                .Where(policy => policy.Active || include_inactive_contracts == true)
                .Select(policy => new Policy
                {
                    Contract_id = policy.ContractId,
                    Name = policy.Name,
                    Organisation_id = organisation.Id,
                    Currency = policy.Currency,
                    Default_contract = policy.DefaultContract,
                    Active = policy.Active,
                    Automated_tasking = false,
                    Manual_tasking = false,
                    Systematic_tasking = false,
                    Enhanced_qa = false,
                    Contract_products = [],
                    Contract_terms = [],
                })
                .ToList(),
            Errors = [],
        });
    }

    public override Task<ActionResult<PriceResult>> GetCatalogPrice(
        [FromRoute] long policy_id,
        [FromQuery] string collection,
        [FromQuery] string item,
        [FromQuery] string? satellite,
        [FromQuery] string? level,
        [FromQuery] double? area,
        CancellationToken cancellationToken = default) =>
        Price(policy_id, "policy_id", collection, item, area, geometry: null);

    [Obsolete("Deprecated by the vendor in favour of GET /v1/dpap/policies/{policy_id}/catalog/price; served while the spec lists it.")]
    public override Task<ActionResult<PriceResult>> GetOrderPrice(
        [FromQuery] string collection,
        [FromQuery] string item,
        [FromQuery] long contract_id,
        [FromQuery] string? geometry,
        [FromQuery] string? satellite,
        [FromQuery] string? level,
        [FromQuery] double? area,
        [FromQuery] string? origin,
        CancellationToken cancellationToken = default) =>
        Price(contract_id, "contract_id", collection, item, area, geometry);

    public override Task<ActionResult<OrderEnvelope>> CreateOrder(
        [FromQuery] string? redirect_host, [FromBody] CreateOrderRequest body, CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out var organisation, out var refusal))
        {
            return Done<OrderEnvelope>(refusal);
        }

        if (organisation.Id != body.Organisation)
        {
            return Done<OrderEnvelope>(NotYours(body.Organisation, "organisation"));
        }

        if (state.Rules.Policy(organisation.Id, body.Contract_id) is not { Active: true } policy)
        {
            return Done<OrderEnvelope>(BadRequest(errors.Body(
                StatusCodes.Status400BadRequest,
                $"contract_id {body.Contract_id} is not an active contract of organisation {organisation.Id}; use the contract_id of a policy from GET /v1/dpap/organisations/{organisation.Id}/policies.",
                "contract_id")));
        }

        var (lines, total, result) = state.Rules.Check(body, policy);
        if (!result.IsValid)
        {
            return Done<OrderEnvelope>(BadRequest(errors.Body(
                StatusCodes.Status400BadRequest,
                string.Join(" ", result.Problems.Select(problem => $"{string.Join(", ", problem.Fields)}: {problem.Message}")),
                result.Problems[0].Fields.FirstOrDefault())));
        }

        var order = state.Create(organisation.Id, policy.ContractId, lines, total);
        SimulatorContext.MarkOrderCreated(HttpContext, order.Id.ToString());
        return Done<OrderEnvelope>(new OrderEnvelope { Data = order, Errors = [] });
    }

    public override Task<ActionResult<OrderList>> ListOrders(CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out var organisation, out var refusal))
        {
            return Done<OrderList>(refusal);
        }

        return Done<OrderList>(new OrderList { Data = state.List(organisation.Id), Errors = [] });
    }

    public override Task<ActionResult<OrderEnvelope>> GetOrder([FromRoute] Guid order_id, CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out var organisation, out var refusal))
        {
            return Done<OrderEnvelope>(refusal);
        }

        return Done<OrderEnvelope>(state.Find(organisation.Id, order_id) is { } order
            ? new OrderEnvelope { Data = order, Errors = [] }
            : OrderNotFound(order_id));
    }

    public override Task<ActionResult<CheckoutResult>> CheckoutOrder([FromRoute] Guid order_id, CancellationToken cancellationToken = default)
    {
        if (!TryAuthenticate(out var organisation, out var refusal))
        {
            return Done<CheckoutResult>(refusal);
        }

        var (checkout, conflict) = state.Checkout(organisation.Id, order_id, $"{Request.Scheme}://{Request.Host}{CardCheckoutPath}{order_id}");
        if (conflict is not null)
        {
            return Done<CheckoutResult>(Conflict(errors.Body(StatusCodes.Status409Conflict, conflict, "order_id")));
        }

        return Done<CheckoutResult>(checkout is null ? OrderNotFound(order_id) : new CheckoutResult { Data = checkout, Errors = [] });
    }

    private static Task<ActionResult<T>> Done<T>(ActionResult<T> result) => Task.FromResult(result);

    private Task<ActionResult<PriceResult>> Price(long contractId, string contractField, string collection, string item, double? area, string? geometry)
    {
        if (!TryAuthenticate(out var organisation, out var refusal))
        {
            return Done<PriceResult>(refusal);
        }

        if (state.Rules.Policy(organisation.Id, contractId) is not { } policy)
        {
            return Done<PriceResult>(NotFound(errors.Body(
                StatusCodes.Status404NotFound, $"{contractField} {contractId} is not a contract of organisation {organisation.Id}; list the policies for its contract ids.", contractField)));
        }

        if (state.Rules.Item(collection, item) is not { } entry)
        {
            return Done<PriceResult>(NotFound(errors.Body(StatusCodes.Status404NotFound, state.Rules.UnknownItem(collection, item), "item")));
        }

        var pricedArea = area ?? entry.AreaKm2;
        if (geometry is not null)
        {
            try
            {
                var polygon = GeoJsonPolygon.Parse(geometry);
                var validation = polygon.Validate("geometry");
                if (!validation.IsValid)
                {
                    return Done<PriceResult>(BadRequest(errors.Body(StatusCodes.Status400BadRequest, validation.ToString(), "geometry")));
                }

                pricedArea = polygon.AreaKm2;
            }
            catch (FormatException exception)
            {
                return Done<PriceResult>(BadRequest(errors.Body(
                    StatusCodes.Status400BadRequest, $"geometry is not a JSON-encoded GeoJSON Polygon: {exception.Message}", "geometry")));
            }
        }

        return Done<PriceResult>(DataCosmosPricing.Result(policy, pricedArea));
    }

    private bool TryAuthenticate([NotNullWhen(true)] out DataCosmosOrganisation? organisation, [NotNullWhen(false)] out ActionResult? refusal)
    {
        const string prefix = "organisation-";
        var (subject, problem) = state.Tokens.Authenticate(Request.Headers.Authorization);
        organisation = subject is null ? null : state.Organisation(long.Parse(subject[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture));
        refusal = organisation is null ? Unauthorized(errors.Body(StatusCodes.Status401Unauthorized, problem)) : null;
        return organisation is not null;
    }

    private ObjectResult NotYours(long organisationId, string field) =>
        StatusCode(StatusCodes.Status403Forbidden, errors.Body(
            StatusCodes.Status403Forbidden, $"{field} {organisationId} is not the organisation of this token; use the organisation the client belongs to.", field));

    private NotFoundObjectResult OrderNotFound(Guid orderId) =>
        NotFound(errors.Body(StatusCodes.Status404NotFound, $"Order {orderId} does not exist for this organisation; use an id returned by order creation or the order list.", "order_id"));
}
