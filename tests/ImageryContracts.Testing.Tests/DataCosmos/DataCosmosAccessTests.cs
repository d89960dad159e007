using System.Net;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.Tests.Support;

namespace ImageryContracts.Testing.Tests.DataCosmos;

public sealed class DataCosmosAccessTests
{
    [Fact]
    public async Task Client_credentials_get_a_bearer_token_as_json_or_as_a_form()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = new DataCosmosHttp(sim);

        var json = await http.TokenAsync(sim.ClientId, sim.ClientSecret);
        var form = await http.Client.PostAsync(DataCosmosSimulator.TokenPath.TrimStart('/'), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = sim.ClientId,
            ["client_secret"] = sim.ClientSecret,
            ["audience"] = "https://beeapp.open-cosmos.com",
            ["grant_type"] = "client_credentials",
        }));

        Assert.Equal($"{sim.BaseUrl}/oauth/token", sim.TokenUrl);
        foreach (var response in new[] { json, form })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var token = await SimulatorHttp.JsonAsync(response);
            Assert.Equal("Bearer", (string)token["token_type"]!);
            Assert.Equal(3, ((string)token["access_token"]!).Split('.').Length);
            Assert.Equal(3600, (int)token["expires_in"]!);
        }
    }

    [Fact]
    public async Task Wrong_credentials_get_auth0s_error_and_data_calls_without_a_token_the_error_envelope()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = new DataCosmosHttp(sim);

        var token = await http.TokenAsync(sim.ClientId, "wrong-secret");
        var data = await http.GetAsync("/v0/order/orders");

        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        var tokenError = await SimulatorHttp.JsonAsync(token);
        Assert.Equal("access_denied", (string)tokenError["error"]!);
        Assert.Contains(sim.ClientId, (string)tokenError["error_description"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, data.StatusCode);
        var envelope = await SimulatorHttp.JsonAsync(data);
        Assert.Equal("authorization", (string)envelope["errors"]![0]!["type"]!);
        Assert.Contains("Authorization header is missing", (string)envelope["errors"]![0]!["message"]!);
    }

    [Fact]
    public async Task Policies_list_the_organisations_contracts_with_the_default_marked()
    {
        await using var sim = await DataCosmosSimulator.StartAsync(new DataCosmosSimulatorOptions
        {
            Organisations =
            [
                new DataCosmosOrganisation(434, 100m, [
                    new DataCosmosPolicy(42, "Standard", "EUR", 2.5m),
                    new DataCosmosPolicy(43, "Old", "USD", 3m) { DefaultContract = false, Active = false },
                ]),
            ],
        });
        using var http = new DataCosmosHttp(sim);
        await http.AuthenticateAsync();

        var active = await SimulatorHttp.JsonAsync(await http.GetAsync("/v1/dpap/organisations/434/policies"));
        var all = await SimulatorHttp.JsonAsync(await http.GetAsync("/v1/dpap/organisations/434/policies?include_inactive_contracts=true"));
        var other = await http.GetAsync("/v1/dpap/organisations/999/policies");

        var policy = active["data"]!.AsArray().Single()!;
        Assert.Equal(42, (long)policy["contract_id"]!);
        Assert.True((bool)policy["default_contract"]!);
        Assert.Equal("EUR", (string)policy["currency"]!);
        Assert.Empty(active["errors"]!.AsArray());
        Assert.Equal(2, all["data"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("organisation_id 999 is not the organisation of this token", (string)(await SimulatorHttp.JsonAsync(other))["errors"]![0]!["message"]!);
    }

    [Fact]
    public async Task Prices_are_the_area_times_the_contract_rate_as_decimal_strings()
    {
        await using var sim = await DataCosmosSimulator.StartAsync(new DataCosmosSimulatorOptions
        {
            Organisations = [new DataCosmosOrganisation(434, 0m, [new DataCosmosPolicy(42, "Discounted", "GBP", 2.5m) { Discount = 0.1m }])],
        });
        using var http = new DataCosmosHttp(sim);
        await http.AuthenticateAsync();
        var item = DataCosmosCatalogueItem.Sentinel2;
        const string box = """{"type":"Polygon","coordinates":[[[-70.7,-33.5],[-70.6,-33.5],[-70.6,-33.4],[-70.7,-33.4],[-70.7,-33.5]]]}""";

        var current = await SimulatorHttp.JsonAsync(await http.GetAsync($"/v1/dpap/policies/42/catalog/price?collection={item.Collection}&item={item.Item}"));
        var withArea = await SimulatorHttp.JsonAsync(await http.GetAsync($"/v1/dpap/policies/42/catalog/price?collection={item.Collection}&item={item.Item}&area=10"));
        var deprecated = await SimulatorHttp.JsonAsync(await http.GetAsync(
            $"/v0/order/price?collection={item.Collection}&item={item.Item}&contract_id=42&geometry={Uri.EscapeDataString(box)}"));
        var unknownItem = await http.GetAsync($"/v1/dpap/policies/42/catalog/price?collection={item.Collection}&item=nope");
        var unknownPolicy = await http.GetAsync($"/v1/dpap/policies/7/catalog/price?collection={item.Collection}&item={item.Item}");

        Assert.Equal("251.25", (string)current["data"]!["value"]!);
        Assert.Equal("226.13", (string)current["data"]!["final"]!);
        Assert.Equal("GBP", (string)current["data"]!["currency"]!);
        Assert.Equal("25.00", (string)withArea["data"]!["value"]!);
        Assert.StartsWith("2", (string)deprecated["data"]!["value"]!);
        Assert.NotEqual((string)current["data"]!["value"]!, (string)deprecated["data"]!["value"]!);
        Assert.Equal(HttpStatusCode.NotFound, unknownItem.StatusCode);
        Assert.Contains("Item 'nope'", (string)(await SimulatorHttp.JsonAsync(unknownItem))["errors"]![0]!["message"]!);
        Assert.Equal(HttpStatusCode.NotFound, unknownPolicy.StatusCode);
    }
}
