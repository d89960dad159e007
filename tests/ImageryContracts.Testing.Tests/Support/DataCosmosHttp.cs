using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ImageryContracts.Testing.DataCosmos;

namespace ImageryContracts.Testing.Tests.Support;

/// <summary>Raw HTTP against a DataCosmos simulator: the token exchange and JSON calls under its base URL.</summary>
internal sealed class DataCosmosHttp(DataCosmosSimulator sim) : SimulatorHttp(sim)
{
    public static string Line(DataCosmosCatalogueItem item, string extra = "") =>
        $$"""{"collection":"{{item.Collection}}","item":"{{item.Item}}","level":"{{item.Level}}"{{extra}}}""";

    public string Order(string lines, long? contractId = 42, string extra = "") =>
        $$"""{"type":"IMAGE","data":{"order_line_items":[{{lines}}]},"organisation":{{sim.OrganisationId}},"contract_id":{{contractId}}{{extra}}}""";

    public Task<HttpResponseMessage> TokenAsync(string clientId, string clientSecret) =>
        PostAsync(DataCosmosSimulator.TokenPath, $$"""{"client_id":"{{clientId}}","client_secret":"{{clientSecret}}","audience":"https://beeapp.open-cosmos.com","grant_type":"client_credentials"}""");

    public async Task AuthenticateAsync()
    {
        var token = await JsonAsync(await TokenAsync(sim.ClientId, sim.ClientSecret));
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["access_token"]!);
    }

    public async Task<JsonObject> CreateOrderAsync(string body)
    {
        var response = await PostAsync("/v0/order/orders", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonObject)(await JsonAsync(response))["data"]!;
    }

    public async Task<JsonObject> CheckoutAsync(string orderId)
    {
        var response = await PostAsync($"/v0/order/orders/{orderId}/checkout", "");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonObject)(await JsonAsync(response))["data"]!;
    }
}
