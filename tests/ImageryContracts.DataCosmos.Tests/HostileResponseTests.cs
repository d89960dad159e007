using System.Net;
using CsCheck;
using ImageryContracts.ClientTestKit;
using ImageryContracts.DataCosmos.Models;
using ImageryContracts.DataCosmos.Ordering;
using ImageryContracts.Http;

namespace ImageryContracts.DataCosmos.Tests;

/// <summary>
/// Type-confused and broken vendor answers: the models keep what they cannot hold and write it back, and the facade
/// answers with a result or an <see cref="ImageryApiException"/> naming the operation and the field, never anything else.
/// </summary>
public sealed class HostileResponseTests
{
    private static readonly Guid OrderId = Guid.Parse("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    private static readonly string OrderUrl = $"https://app.open-cosmos.com/api/data/v0/order/orders/{OrderId}";

    [Fact]
    public async Task Every_value_of_the_order_response_replaced_by_each_other_JSON_type_reads_and_writes_back()
    {
        var mutations = JsonGen.TypeMutations(Fixtures.Read("datacosmos/create-order-response-paid.json")).ToList();

        foreach (var (path, json) in mutations)
        {
            var envelope = await KiotaJson.ParseAsync(json, OrderEnvelope.CreateFromDiscriminatorValue);

            JsonAssert.Equivalent(json, KiotaJson.Serialize(envelope));
        }

        Assert.True(mutations.Count > 200, $"{mutations.Count} mutations");
    }

    [Fact]
    public async Task Every_type_confused_order_answer_is_an_order_or_an_error_naming_getOrder_and_the_field()
    {
        var stub = new StubHttpHandler();
        var ordering = new DataCosmosOrdering(new DataCosmosClient(AnonymousAdapter.Create(stub)), new DataCosmosOptions());
        var failures = new List<string>();

        foreach (var (path, json) in JsonGen.TypeMutations(Fixtures.Read("datacosmos/create-order-response-paid.json")))
        {
            stub.Respond(HttpMethod.Get, OrderUrl, HttpStatusCode.OK, json);
            try
            {
                await ordering.GetOrderAsync(OrderId);
            }
            catch (ImageryApiException error)
            {
                Assert.Equal("getOrder", error.Operation);
                Assert.Equal(ImageryFailureKind.UnreadableResponse, error.Kind);
                // The field named is the one replaced, a field inside it, or the list or model that could not hold it.
                Assert.True(error.Field!.StartsWith(path[2..], StringComparison.Ordinal) || path[2..].StartsWith(error.Field, StringComparison.Ordinal), $"{path} failed naming {error.Field}");
                failures.Add(error.Field!);
            }
        }

        Assert.Contains("data", failures);
        Assert.Contains("data.id", failures);
        Assert.Contains("data.status", failures);
    }

    [Fact]
    public void An_order_answer_cut_anywhere_is_an_unreadable_answer_naming_where_it_broke()
    {
        var json = Fixtures.Read("datacosmos/create-order-response-paid.json").TrimEnd();
        var stub = new StubHttpHandler();
        var ordering = new DataCosmosOrdering(new DataCosmosClient(AnonymousAdapter.Create(stub)), new DataCosmosOptions());

        Gen.Int[1, json.Length - 1].Sample(length =>
        {
            stub.Respond(HttpMethod.Get, OrderUrl, HttpStatusCode.OK, json[..length]);

            var error = Assert.ThrowsAsync<ImageryApiException>(() => ordering.GetOrderAsync(OrderId)).GetAwaiter().GetResult();

            Assert.Equal(ImageryFailureKind.UnreadableResponse, error.Kind);
            Assert.Equal("getOrder", error.Operation);
            Assert.StartsWith("$", error.Field);
        }, iter: 300);
    }
}
