using System.Net;
using ImageryContracts.Testing.DataCosmos;
using ImageryContracts.Testing.Tests.Support;

namespace ImageryContracts.Testing.Tests.Hosting;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Every_request_is_recorded_with_its_spec_path_query_body_and_status()
    {
        await using var sim = await DataCosmosSimulator.StartAsync();
        using var http = new DataCosmosHttp(sim);
        await http.AuthenticateAsync();
        var item = DataCosmosCatalogueItem.Mantis;

        await http.GetAsync($"/v1/dpap/policies/42/catalog/price?collection={item.Collection}&item={item.Item}");
        var body = http.Order(DataCosmosHttp.Line(item));
        var order = await http.CreateOrderAsync(body);
        await http.GetAsync("/v0/order/orders/not-a-guid");

        var log = sim.Requests.ToArray();
        Assert.Equal(["POST /oauth/token", "GET /v1/dpap/policies/42/catalog/price", "POST /v0/order/orders", "GET /v0/order/orders/not-a-guid"], log.Select(request => $"{request.Method} {request.Path}"));
        Assert.Equal([1, 2, 3, 4], log.Select(request => request.Sequence));
        Assert.Equal($"?collection={item.Collection}&item={item.Item}", log[1].Query);
        Assert.Equal(body, log[2].Body);
        Assert.Equal((string)order["id"]!, log[2].CreatedOrderId);
        Assert.Equal([200, 200, 200, (int)HttpStatusCode.BadRequest], log.Select(request => request.StatusCode ?? 0));
        Assert.Equal(log[2], Assert.Single(sim.Requests.To("POST /v0/order/orders")));
    }
}
