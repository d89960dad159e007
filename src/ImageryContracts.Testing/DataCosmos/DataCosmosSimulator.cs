using ImageryContracts.Testing.Downloads;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.Hosting;
using ImageryContracts.Testing.Ledger;
using ImageryContracts.Testing.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>
/// A stateful DataCosmos ordering simulator on 127.0.0.1: token exchange, policies, pricing, orders created
/// <c>UNPAID</c>, checkout spending credits first or returning a card-payment link, order details and listing, the
/// vendor's rules read from the curated spec, fault injection and a request log.
/// </summary>
/// <example>
/// <code>
/// await using var sim = await DataCosmosSimulator.StartAsync();
/// // data API base URL: sim.BaseUrl (…/api/data); token URL: sim.TokenUrl; credentials: sim.ClientId, sim.ClientSecret
/// </code>
/// </example>
public sealed class DataCosmosSimulator : VendorSimulator
{
    /// <summary>The path of the spec's server URL, which <see cref="VendorSimulator.BaseUrl"/> ends with.</summary>
    public const string BasePath = "/api/data";

    /// <summary>The DataCosmos token path, served under <see cref="VendorSimulator.BaseUrl"/>.</summary>
    public const string TokenPath = "/oauth/token";

    private readonly DataCosmosState _state;

    private DataCosmosSimulator(WebApplication app, string rootUrl, DataCosmosState state, DataCosmosSimulatorOptions options, FaultInjector faults, RequestLog requests)
        : base(app, rootUrl, state, BasePath, TokenPath, faults, requests)
    {
        _state = state;
        Options = options;
    }

    /// <summary>The options the simulator was started with.</summary>
    public DataCosmosSimulatorOptions Options { get; }

    /// <summary>The first client's id.</summary>
    public string ClientId => Options.Clients[0].ClientId;

    /// <summary>The first client's secret.</summary>
    public string ClientSecret => Options.Clients[0].ClientSecret;

    /// <summary>The first client's organisation id.</summary>
    public long OrganisationId => Options.Clients[0].OrganisationId;

    /// <summary>Starts a simulator; <paramref name="options"/> default to one client, one organisation with a default contract, the default catalogue and a free port.</summary>
    /// <param name="options">Port, clock, clients, organisations, catalogue and payment behaviour.</param>
    /// <returns>The running simulator; dispose it to stop.</returns>
    public static async Task<DataCosmosSimulator> StartAsync(DataCosmosSimulatorOptions? options = null)
    {
        options ??= new DataCosmosSimulatorOptions();
        var state = new DataCosmosState(options);
        var errors = new DataCosmosErrors();
        var faults = new FaultInjector();
        var requests = new RequestLog();
        var settings = new SimulatorHostSettings(options.Port, typeof(DataCosmosController), BasePath, errors, options.TimeProvider, services =>
        {
            services.AddSingleton(state);
            services.AddSingleton<IOrderLedger>(state);
            services.AddSingleton(errors);
        });
        var (app, rootUrl) = await SimulatorHost.StartAsync(settings, faults, requests);
        return new DataCosmosSimulator(app, rootUrl, state, options, faults, requests);
    }

    /// <summary>The organisation's current credits (the first client's organisation by default).</summary>
    /// <param name="organisationId">The organisation.</param>
    public decimal Credits(long? organisationId = null) => _state.Credits(organisationId ?? OrganisationId);

    /// <summary>The bytes the storage route serves for an asset of a catalogue item, to compare a download with.</summary>
    /// <param name="collection">The item's collection id.</param>
    /// <param name="item">The item's id.</param>
    /// <param name="assetKey">The asset's key (<c>TCI</c>, <c>thumbnail</c>, …).</param>
    /// <exception cref="ArgumentException">The catalogue has no such item or asset.</exception>
    public SimulatedContent AssetContent(string collection, string item, string assetKey)
    {
        var found = _state.Catalogue.Find(collection, item) ?? throw new ArgumentException($"The catalogue has no item '{item}' in '{collection}'.", nameof(item));
        var asset = found.Assets.FirstOrDefault(candidate => candidate.Key == assetKey)
            ?? throw new ArgumentException($"Item '{item}' has no asset '{assetKey}'; it has {string.Join(", ", found.Assets.Select(candidate => candidate.Key))}.", nameof(assetKey));
        return DataCosmosCatalogue.Content(found, asset);
    }

    /// <summary>Completes the card payment of an order whose checkout returned a payment link, as the buyer paying on Stripe would: <c>PAID</c>, <c>CARD</c>.</summary>
    /// <param name="orderId">The order's id.</param>
    /// <exception cref="InvalidOperationException">The order has no card payment pending.</exception>
    public void CompleteCardPayment(Guid orderId) => ThrowIfRefused(_state.CompleteCardPayment(orderId));

    /// <summary>
    /// Cancels an <c>UNPAID</c> order (<c>CANCELLED</c>). Simulator behaviour, not vendor API: the vendor documents the
    /// status but no cancel endpoint.
    /// </summary>
    /// <param name="orderId">The order's id.</param>
    /// <exception cref="InvalidOperationException">No such order, or it is not <c>UNPAID</c>.</exception>
    public void CancelOrder(Guid orderId) => ThrowIfRefused(_state.Cancel(orderId));

    private static void ThrowIfRefused(string? refusal)
    {
        if (refusal is not null)
        {
            throw new InvalidOperationException(refusal);
        }
    }
}
