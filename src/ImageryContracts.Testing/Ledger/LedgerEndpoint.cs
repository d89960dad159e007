using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ImageryContracts.Testing.Ledger;

/// <summary>
/// Serves the simulator's books at <see cref="Path"/>, so a harness outside the simulator's process (crash tests that
/// kill their clients) can count every order. Simulator behaviour, not vendor API: no token needed.
/// </summary>
internal static class LedgerEndpoint
{
    public const string Path = "/simulator/ledger";

    public static void Map(IEndpointRouteBuilder endpoints, IOrderLedger ledger) =>
        endpoints.MapGet(Path, () => Results.Json(ledger.Entries()));
}
