using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ImageryContracts.ClientTestKit;
using ImageryContracts.Serialization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.OneAtlas.Tests;

/// <summary>
/// A generated call reads its answer into a pooled buffer and hands it back as soon as the call has returned its model
/// (<see cref="JsonBodyScope"/>): the model is whole, the parse node refuses to read afterwards, and concurrent calls,
/// whose buffers the pool hands from one to the next, each read their own answer.
/// </summary>
public sealed class ClientResponseBodyTests
{
    private const string DataApi = "https://data.api.oneatlas.airbus.com";

    [Fact]
    public async Task The_answer_goes_back_to_the_pool_when_the_call_returns_and_the_model_keeps_its_values()
    {
        var server = new StubHttpHandler().Respond(HttpMethod.Get, DataApi + "/api/v1/orders", HttpStatusCode.OK, Fixtures.Read("oneatlas/orders-list-response.json"));
        var factory = new CapturingFactory();
        var client = new OneAtlasClient(AnonymousAdapter.Create(server, factory));

        var page = await client.Api.V1.Orders.GetAsync();

        var order = Assert.Single(page!.Items!);
        Assert.Equal(Guid.Parse("c7d0301b-188b-4476-8ccb-19882bfe0c6a"), order.Id);
        JsonAssert.Equivalent(Fixtures.Read("oneatlas/orders-list-response.json"), KiotaJson.Serialize(page));
        var refused = Assert.Throws<ObjectDisposedException>(() => factory.Node!.GetChildNode("items"));
        Assert.Contains("read the model the call returned", refused.Message);
    }

    [Fact]
    public async Task An_error_answer_is_read_into_the_typed_error_before_its_buffer_goes_back()
    {
        var server = new StubHttpHandler().Respond(HttpMethod.Get, DataApi + "/api/v1/orders", HttpStatusCode.BadRequest, """{"message":"bad filter","code":"E_FILTER"}""");
        var factory = new CapturingFactory();
        var client = new OneAtlasClient(AnonymousAdapter.Create(server, factory));

        var error = await Assert.ThrowsAsync<Models.ApiError>(() => client.Api.V1.Orders.GetAsync());

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Contains("bad filter", error.Message);
        Assert.Throws<ObjectDisposedException>(() => factory.Node!.GetChildNode("message"));
    }

    [Fact]
    public async Task Concurrent_calls_each_read_their_own_answer()
    {
        var client = new OneAtlasClient(AnonymousAdapter.Create(new OrderByIdHandler(), new Utf8JsonParseNodeFactory()));
        var ids = Enumerable.Range(0, 64).Select(_ => Guid.NewGuid()).ToArray();

        var orders = await Task.WhenAll(ids.Select(async id =>
        {
            await Task.Yield();
            return await client.Api.V1.Orders[id].GetAsync();
        }));

        Assert.Equal(ids, orders.Select(order => order!.Id!.Value));
        Assert.All(orders, order => Assert.Equal(OrderByIdHandler.Padding, ((string)order!.AdditionalData["padding"]).Length));
    }

    // Keeps the root node the adapter was given, as no caller should, to see what it does after the call.
    private sealed class CapturingFactory : IParseNodeFactory
    {
        private readonly Utf8JsonParseNodeFactory _kit = new();

        public IParseNode? Node { get; private set; }

        public string ValidContentType => _kit.ValidContentType;

        public async Task<IParseNode> GetRootParseNodeAsync(string contentType, Stream content, CancellationToken cancellationToken = default) =>
            Node = await _kit.GetRootParseNodeAsync(contentType, content, cancellationToken);
    }

    // Answers GET /api/v1/orders/{id} with the seed's order under that id, padded past the large-object threshold.
    private sealed class OrderByIdHandler : HttpMessageHandler
    {
        public const int Padding = 100 * 1024;

        private static readonly string Seed = Fixtures.Read("oneatlas/order-response.json");

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Yield();
            var order = JsonNode.Parse(Seed)!.AsObject();
            order["id"] = request.RequestUri!.Segments[^1];
            order["padding"] = new string('p', Padding);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(order.ToJsonString(), Encoding.UTF8, "application/json") };
        }
    }
}
