using System.Net;
using ImageryContracts.Testing.Faults;
using ImageryContracts.Testing.OneAtlas;
using ImageryContracts.Testing.Tests.Support;

namespace ImageryContracts.Testing.Tests.Faults;

public sealed class FaultSchedulingTests
{
    private static readonly string ToulouseOrder = OneAtlasHttp.Request(OneAtlasHttp.Product(OneAtlasCatalogueItem.ToulousePleiades));

    [Fact]
    public async Task A_counted_fault_fails_exactly_the_next_n_matching_calls()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var fault = sim.Faults.Next(2, "POST /api/v1/orders", new Fault(FaultKind.ServiceUnavailable));

        var list = await http.GetAsync("/api/v1/orders");
        var statuses = new List<HttpStatusCode>();
        for (var call = 0; call < 3; call++)
        {
            statuses.Add((await http.PostAsync("/api/v1/orders", ToulouseOrder)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.Created], statuses);
        Assert.Equal(2, fault.Triggered);
        Assert.Single(sim.Requests.CreatedOrders);
    }

    [Fact]
    public async Task A_route_template_matches_any_value_of_its_parameter()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        var first = (string)(await http.CreateOrderAsync(ToulouseOrder))["id"]!;
        var second = (string)(await http.CreateOrderAsync(ToulouseOrder))["id"]!;
        sim.Faults.Next(2, "GET /api/v1/orders/{orderId}", new Fault(FaultKind.InternalServerError));

        var responses = new[] { await http.GetAsync($"/api/v1/orders/{first}"), await http.GetAsync($"/api/v1/orders/{second}") };

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode));
    }

    [Fact]
    public async Task A_seeded_probability_gives_the_same_faults_on_every_run()
    {
        async Task<string> RunAsync()
        {
            await using var sim = await OneAtlasSimulator.StartAsync();
            using var http = new OneAtlasHttp(sim);
            await http.AuthenticateAsync();
            sim.Faults.Randomly(0.5, seed: 1234, "GET /api/v1/orders", new Fault(FaultKind.TooManyRequests));
            var outcomes = new List<char>();
            for (var call = 0; call < 40; call++)
            {
                outcomes.Add((await http.GetAsync("/api/v1/orders")).StatusCode == HttpStatusCode.OK ? '.' : 'x');
            }

            return new string([.. outcomes]);
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains('x', first);
        Assert.Contains('.', first);
    }

    [Fact]
    public async Task A_fault_after_processing_loses_the_response_but_the_order_exists_and_is_logged()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        sim.Faults.Next(1, "POST /api/v1/orders", new Fault(FaultKind.ConnectionReset) { AfterProcessing = true });
        sim.Faults.Next(1, "POST /api/v1/orders", new Fault(FaultKind.ServiceUnavailable) { AfterProcessing = true });

        await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync("/api/v1/orders", ToulouseOrder));
        var unavailable = await http.PostAsync("/api/v1/orders", ToulouseOrder);
        var list = await OneAtlasHttp.JsonAsync(await http.GetAsync("/api/v1/orders"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal(2, (int)list["totalResults"]!);
        var created = sim.Requests.CreatedOrders;
        Assert.Equal(2, created.Count);
        Assert.Equal([null, 503], created.Select(request => request.StatusCode));
        Assert.Equal(list["items"]!.AsArray().Select(order => (string)order!["id"]!).Reverse(), created.Select(request => request.CreatedOrderId));
    }

    [Fact]
    public async Task Clearing_faults_serves_every_request_normally_again()
    {
        await using var sim = await OneAtlasSimulator.StartAsync();
        using var http = new OneAtlasHttp(sim);
        await http.AuthenticateAsync();
        sim.Faults.Randomly(1, seed: 0, "* /api/v1/orders", new Fault(FaultKind.InternalServerError));

        var failed = await http.GetAsync("/api/v1/orders");
        sim.Faults.Clear();
        var served = await http.GetAsync("/api/v1/orders");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Theory]
    [InlineData("POST api/v1/orders")]
    [InlineData("GET /a /b")]
    [InlineData("")]
    public void A_route_that_is_not_a_method_and_a_path_is_refused_with_an_example(string route)
    {
        var error = Assert.Throws<FormatException>(() => FaultRoute.Parse(route));

        Assert.Contains($"'{route}'", error.Message);
        Assert.Contains("\"POST /api/v1/orders\"", error.Message);
    }

    [Fact]
    public void Counts_and_probabilities_out_of_range_are_refused()
    {
        var faults = new FaultInjector();

        Assert.Throws<ArgumentOutOfRangeException>(() => faults.Next(0, "GET /x", new Fault(FaultKind.InternalServerError)));
        var probability = Assert.Throws<ArgumentOutOfRangeException>(() => faults.Randomly(1.5, 0, "GET /x", new Fault(FaultKind.InternalServerError)));
        Assert.Contains("[0, 1]", probability.Message);
    }
}
