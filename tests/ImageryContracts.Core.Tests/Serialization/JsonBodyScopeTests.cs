using System.Text;
using ImageryContracts.Serialization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Core.Tests.Serialization;

/// <summary>
/// A body the factory reads during a generated call (<see cref="JsonBodyScope"/>) goes back to the pool when the call
/// ends, and its nodes refuse to read from then on; a body read outside a call stays readable for as long as a node is
/// held. The stream is a <see cref="MemoryStream"/> that hides its buffer, as <see cref="HttpContent"/>'s is.
/// </summary>
public sealed class JsonBodyScopeTests
{
    private const string Json = """{"label":"outer","leaf":{"label":"inner"}}""";

    private static readonly Utf8JsonParseNodeFactory Factory = new();

    [Fact]
    public async Task A_body_read_in_a_call_is_refused_once_the_call_has_ended_by_the_root_and_its_children()
    {
        IParseNode root;
        IParseNode leaf;
        using (JsonBodyScope.Enter())
        {
            root = await Factory.GetRootParseNodeAsync(Utf8JsonParseNodeFactory.JsonContentType, HiddenBuffer(Json));
            leaf = root.GetChildNode("leaf")!;
            Assert.Equal("outer", root.GetChildNode("label")!.GetStringValue());
            Assert.Equal("inner", leaf.GetChildNode("label")!.GetStringValue());
        }

        var refused = Assert.Throws<ObjectDisposedException>(() => root.GetChildNode("label"));
        Assert.Contains("went back to the pool when the generated call that read it returned", refused.Message);
        Assert.Contains("read the model the call returned", refused.Message);
        Assert.Throws<ObjectDisposedException>(() => leaf.GetChildNode("label"));
        Assert.Throws<ObjectDisposedException>(() => root.GetObjectValue(_ => new Leaf()));
    }

    [Fact]
    public async Task The_model_read_in_a_call_keeps_its_values_after_the_call_has_ended()
    {
        Leaf model;
        using (JsonBodyScope.Enter())
        {
            var root = await Factory.GetRootParseNodeAsync(Utf8JsonParseNodeFactory.JsonContentType, HiddenBuffer("""{"label":"kept","extra":[1e300,{"deep":"x"}]}"""));
            model = root.GetObjectValue(_ => new Leaf());
        }

        // Overwrite whatever the pool hands out next, so a value still pointing into the returned array would show it.
        using (JsonBodyScope.Enter())
        {
            var other = await Factory.GetRootParseNodeAsync(Utf8JsonParseNodeFactory.JsonContentType, HiddenBuffer("""{"label":"XXXX","extra":[0e000,{"deep":"y"}]}"""));
            other.GetObjectValue(_ => new Leaf());
        }

        Assert.Equal("kept", model.Label);
        KitJson.AssertSameJson("""{"label":"kept","extra":[1e300,{"deep":"x"}]}""", KitJson.Write(model));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(200 * 1024)]
    public async Task Outside_a_call_a_body_stays_readable_while_its_node_is_held(int padding)
    {
        var root = await Factory.GetRootParseNodeAsync(Utf8JsonParseNodeFactory.JsonContentType, HiddenBuffer(Padded(padding)));
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.Equal("outer", root.GetChildNode("label")!.GetStringValue());
        Assert.Equal(padding, root.GetChildNode("padding")!.GetStringValue()!.Length);
    }

    [Fact]
    public async Task A_second_body_in_one_call_and_a_body_after_the_call_are_not_the_calls_to_return()
    {
        IParseNode second;
        using (JsonBodyScope.Enter())
        {
            await Factory.GetRootParseNodeAsync(Utf8JsonParseNodeFactory.JsonContentType, HiddenBuffer(Json));
            second = await Factory.GetRootParseNodeAsync(Utf8JsonParseNodeFactory.JsonContentType, HiddenBuffer(Padded(100 * 1024)));
        }

        var afterTheCall = await Factory.GetRootParseNodeAsync(Utf8JsonParseNodeFactory.JsonContentType, HiddenBuffer(Json));

        Assert.Equal("outer", second.GetChildNode("label")!.GetStringValue());
        Assert.Equal("inner", afterTheCall.GetChildNode("leaf")!.GetChildNode("label")!.GetStringValue());
    }

    [Fact]
    public async Task A_body_of_unknown_length_read_in_a_call_grows_its_pooled_buffer_and_is_read_whole()
    {
        var json = Padded(300 * 1024);
        using var scope = JsonBodyScope.Enter();
        var root = await Factory.GetRootParseNodeAsync(Utf8JsonParseNodeFactory.JsonContentType, new NonSeekableStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(300 * 1024, root.GetChildNode("padding")!.GetStringValue()!.Length);
    }

    private static string Padded(int padding) => $$"""{"label":"outer","padding":"{{new string('p', padding)}}"}""";

    private static MemoryStream HiddenBuffer(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        return new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: false);
    }
}
