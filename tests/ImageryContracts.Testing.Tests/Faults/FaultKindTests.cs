using System.Net;
using System.Text.Json;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.OneAtlas;
using ImageryContracts.Testing.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ImageryContracts.Testing.Tests.Faults;

public sealed class FaultKindTests
{
    private const string Orders = "/api/v1/orders";

    [Fact]
    public async Task Too_many_requests_is_429_with_retry_after_and_the_vendors_error_body()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        sim.Faults.Next(1, $"GET {Orders}", new Fault(FaultKind.TooManyRequests) { RetryAfter = TimeSpan.FromSeconds(7) });

        var response = await http.GetAsync(Orders);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);
        Assert.Equal(429, (int)(await SimulatorHttp.JsonAsync(response))["internalCode"]!);
    }

    [Theory]
    [InlineData(FaultKind.InternalServerError, HttpStatusCode.InternalServerError)]
    [InlineData(FaultKind.ServiceUnavailable, HttpStatusCode.ServiceUnavailable)]
    public async Task Server_errors_carry_the_vendors_error_envelope(FaultKind kind, HttpStatusCode expected)
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = new DataCosmosHttp(sim);
        await http.AuthenticateAsync();
        sim.Faults.Next(1, "GET /v0/order/orders", new Fault(kind));

        var response = await http.GetAsync("/v0/order/orders");

        Assert.Equal(expected, response.StatusCode);
        var error = (await SimulatorHttp.JsonAsync(response))["errors"]![0]!;
        Assert.Equal("server", (string)error["type"]!);
        Assert.False(string.IsNullOrEmpty((string)error["message"]!));
    }

    [Fact]
    public async Task A_connection_reset_gives_the_client_no_response_at_all()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        sim.Faults.Next(1, $"GET {Orders}", new Fault(FaultKind.ConnectionReset));

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(Orders));

        var logged = sim.Requests.To($"GET {Orders}").Single();
        Assert.Null(logged.StatusCode);
        Assert.Equal(FaultKind.ConnectionReset, logged.Fault);
    }

    [Fact]
    public async Task Malformed_json_is_a_200_whose_body_does_not_parse()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        sim.Faults.Next(1, $"GET {Orders}", new Fault(FaultKind.MalformedJson));

        var response = await http.GetAsync(Orders);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(response.Content.ReadAsStream()));
    }

    [Fact]
    public async Task An_html_error_page_is_a_502_in_text_html()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        sim.Faults.Next(1, $"GET {Orders}", new Fault(FaultKind.HtmlErrorPage));

        var response = await http.GetAsync(Orders);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_slow_response_is_held_until_the_simulators_clock_passes_the_delay()
    {
        var time = new FakeTimeProvider();
        await using var sim = await OneAtlasSimulator.StartAsync(new OneAtlasSimulatorOptions { TimeProvider = time, TokenLifetime = TimeSpan.FromDays(1) });
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var fault = sim.Faults.Next(1, $"GET {Orders}", new Fault(FaultKind.SlowResponse) { Delay = TimeSpan.FromMinutes(10) });

        var pending = http.GetAsync(Orders);
        while (fault.Triggered == 0)
        {
            await Task.Yield();
        }

        Assert.False(pending.IsCompleted);

        // The delay's timer is registered just after the fault fires; advancing until the response arrives avoids racing it.
        while (!pending.IsCompleted)
        {
            time.Advance(TimeSpan.FromMinutes(10));
            await Task.WhenAny(pending, Task.Delay(10));
        }

        Assert.Equal(HttpStatusCode.OK, (await pending).StatusCode);
    }
}
