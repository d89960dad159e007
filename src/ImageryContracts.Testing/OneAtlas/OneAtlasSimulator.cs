using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.Hosting;
using ImageryContracts.Testing.Ledger;
using ImageryContracts.Testing.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>
/// A stateful OneAtlas Data simulator on 127.0.0.1: token exchange, pricing, orders with deliveries that complete
/// after a number of polls or a delay, listing, the vendor's validation rules read from the curated spec, fault
/// injection and a request log.
/// </summary>
/// <example>
/// <code>
/// await using var sim = await OneAtlasSimulator.StartAsync();
/// // data API base URL: sim.BaseUrl; token URL: sim.TokenUrl; API key: sim.ApiKey
/// </code>
/// </example>
public sealed class OneAtlasSimulator : VendorSimulator
{
    /// <summary>The OneAtlas token path, served under <see cref="VendorSimulator.BaseUrl"/>.</summary>
    public const string TokenPath = "/auth/realms/IDP/protocol/openid-connect/token";

    private readonly OneAtlasState _state;

    private OneAtlasSimulator(WebApplication app, string rootUrl, OneAtlasState state, OneAtlasSimulatorOptions options, FaultInjector faults, RequestLog requests)
        : base(app, rootUrl, state, "", TokenPath, faults, requests)
    {
        _state = state;
        Options = options;
    }

    /// <summary>The options the simulator was started with.</summary>
    public OneAtlasSimulatorOptions Options { get; }

    /// <summary>The API key of the first account, which the token exchange accepts.</summary>
    public string ApiKey => Options.Accounts[0].ApiKey;

    /// <summary>Starts a simulator; <paramref name="options"/> default to one account, the default catalogue and a free port.</summary>
    /// <param name="options">Port, clock, accounts, catalogue, prices and order progress.</param>
    /// <returns>The running simulator; dispose it to stop.</returns>
    public static async Task<OneAtlasSimulator> StartAsync(OneAtlasSimulatorOptions? options = null)
    {
        options ??= new OneAtlasSimulatorOptions();
        var state = new OneAtlasState(options);
        var errors = new OneAtlasErrors(options.TimeProvider);
        var faults = new FaultInjector();
        var requests = new RequestLog();
        var settings = new SimulatorHostSettings(options.Port, typeof(OneAtlasController), "", errors, options.TimeProvider, services =>
        {
            services.AddSingleton(state);
            services.AddSingleton<IOrderLedger>(state);
            services.AddSingleton(errors);
        });
        var (app, rootUrl) = await SimulatorHost.StartAsync(settings, faults, requests);
        return new OneAtlasSimulator(app, rootUrl, state, options, faults, requests);
    }

    /// <summary>The current balance of the account with <paramref name="apiKey"/> (the first account's by default).</summary>
    /// <param name="apiKey">The account's API key.</param>
    public long Balance(string? apiKey = null) => _state.Balance(apiKey ?? ApiKey);

    /// <summary>Puts an order that is not yet delivered in <c>error</c>, with its deliveries, as a failed production would.</summary>
    /// <param name="orderId">The order's id.</param>
    /// <param name="errorCode">The deliveries' <c>errorCode</c>.</param>
    /// <param name="message">The deliveries' <c>message</c>.</param>
    /// <exception cref="InvalidOperationException">No such order, or it is already delivered, rejected or in error.</exception>
    public void FailOrder(Guid orderId, string errorCode = "PRODUCTION_FAILED", string message = "Production failed (simulated).")
    {
        if (!_state.Fail(orderId, errorCode, message))
        {
            throw new InvalidOperationException($"Order {orderId} cannot be put in error: it does not exist or is no longer 'ordered' (it is {(_state.Status(orderId)?.ToString() ?? "unknown")}).");
        }
    }
}
