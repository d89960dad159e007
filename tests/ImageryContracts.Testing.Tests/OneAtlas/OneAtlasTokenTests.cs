using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ImageryContracts.Testing.OneAtlas;
using ImageryContracts.Testing.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ImageryContracts.Testing.Tests.OneAtlas;

public sealed class OneAtlasTokenTests
{
    [Fact]
    public async Task A_known_api_key_gets_a_jwt_shaped_token_with_its_lifetime()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);

        var response = await http.TokenAsync(sim.ApiKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await OneAtlasHttp.JsonAsync(response);
        var parts = ((string)token["access_token"]!).Split('.');
        Assert.Equal(3, parts.Length);
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1]))))!;
        Assert.Equal((long)payload["iat"]! + 3600, (long)payload["exp"]!);
        Assert.Equal(3600, (int)token["expires_in"]!);
        Assert.Equal(0, (int)token["refresh_expires_in"]!);
        Assert.Equal("Bearer", (string)token["token_type"]!);
    }

    [Fact]
    public async Task An_unknown_api_key_is_refused_with_401_and_keycloaks_fields()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);

        var response = await http.TokenAsync("not-a-key");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = await OneAtlasHttp.JsonAsync(response);
        Assert.Equal("invalid_grant", (string)error["error"]!);
        Assert.Equal(401, (int)error["internalCode"]!);
        Assert.Contains("API key", (string)error["message"]!);
    }

    [Fact]
    public async Task A_wrong_grant_type_is_a_400_naming_the_value()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);

        var response = await http.Client.PostAsync(OneAtlasSimulator.TokenPath.TrimStart('/'), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["apikey"] = sim.ApiKey,
            ["grant_type"] = "password",
            ["client_id"] = "IDP",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("password", (string)(await OneAtlasHttp.JsonAsync(response))["message"]!);
    }

    [Fact]
    public async Task Data_calls_without_a_valid_token_are_401_in_the_vendor_error_shape()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);

        var missing = await http.GetAsync("/api/v1/orders");
        http.Client.DefaultRequestHeaders.Authorization = new("Bearer", "forged.token.value");
        var unknown = await http.GetAsync("/api/v1/orders");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Contains("Authorization header is missing", (string)(await OneAtlasHttp.JsonAsync(missing))["message"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Contains("unknown", (string)(await OneAtlasHttp.JsonAsync(unknown))["message"]!);
    }

    [Fact]
    public async Task A_token_expires_on_the_simulators_clock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var sim = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { TimeProvider = time, TokenLifetime = TimeSpan.FromMinutes(5) });
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();

        var fresh = await http.GetAsync("/api/v1/orders");
        time.Advance(TimeSpan.FromMinutes(5));
        var expired = await http.GetAsync("/api/v1/orders");

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Contains("expired at 2026-01-01T00:05:00", (string)(await OneAtlasHttp.JsonAsync(expired))["message"]!);
    }

    private static string Pad(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text + new string('=', (4 - (text.Length % 4)) % 4);
    }
}
