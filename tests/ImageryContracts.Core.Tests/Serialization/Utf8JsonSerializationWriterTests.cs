using ImageryContracts.Serialization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Core.Tests.Serialization;

public sealed class Utf8JsonSerializationWriterTests
{
    [Fact]
    public void Kiota_values_are_written_by_their_types()
    {
        using var writer = new Utf8JsonSerializationWriter();

        writer.WriteObjectValue(null, new KiotaOnly
        {
            Kind = "k",
            Size = 3,
            Tags = ["a"],
            AdditionalData = { ["when"] = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), ["ratio"] = 1e-30, ["raw"] = new UntypedArray([new UntypedDouble(1e300)]) },
        });

        using var content = new StreamReader(writer.GetSerializedContent());
        KitJson.AssertSameJson("""{"kind":"k","size":3,"tags":["a"],"when":"2024-01-02T03:04:05Z","ratio":1e-30,"raw":[1e300]}""", content.ReadToEnd());
    }

    [Fact]
    public void A_serialization_callback_sends_every_model_through_its_Serialize_so_the_callback_sees_each()
    {
        var sample = new Sample { Count = 1, Leaf = new Leaf { Label = "a" }, Leaves = [new Leaf { Label = "b" }] };
        var seen = new List<IParsable>();

        var json = KitJson.Write(sample, writer => writer.OnBeforeObjectSerialization = seen.Add);

        Assert.Equal<IParsable>([sample, sample.Leaf, sample.Leaves[0]], seen);
        KitJson.AssertSameJson("""{"count":1,"leaf":{"label":"a"},"leaves":[{"label":"b"}]}""", json);
    }

    [Fact]
    public void The_content_is_a_read_only_stream_that_can_be_read_again()
    {
        using var writer = new Utf8JsonSerializationWriter();
        writer.WriteObjectValue(null, new Leaf { Label = "x" });

        using var content = writer.GetSerializedContent();
        var first = new StreamReader(content).ReadToEnd();
        content.Position = 0;

        Assert.Equal(first, new StreamReader(content).ReadToEnd());
        Assert.False(content.CanWrite);
        Assert.Throws<NotSupportedException>(() => content.WriteByte(1));
    }

    [Fact]
    public void A_write_after_the_content_was_handed_over_fails_and_leaves_the_next_body_whole()
    {
        var first = new Utf8JsonSerializationWriter();
        first.WriteObjectValue(null, new Leaf { Label = "first" });
        using var firstContent = first.GetSerializedContent();

        using var second = new Utf8JsonSerializationWriter();
        Assert.Throws<ObjectDisposedException>(() => first.WriteStringValue("late", "value"));
        second.WriteObjectValue(null, new Leaf { Label = "second" });
        using var secondContent = second.GetSerializedContent();

        KitJson.AssertSameJson("""{"label":"first"}""", new StreamReader(firstContent).ReadToEnd());
        KitJson.AssertSameJson("""{"label":"second"}""", new StreamReader(secondContent).ReadToEnd());
    }

    [Fact]
    public async Task A_large_body_is_written_from_a_pooled_buffer_and_reads_back_whole()
    {
        var sample = new Sample { Count = 1, Leaves = [.. Enumerable.Range(0, 5000).Select(i => new Leaf { Label = "leaf" + i, Shade = Shade.Dark })] };
        using var writer = new Utf8JsonSerializationWriter();
        writer.WriteObjectValue(null, sample);

        using var content = writer.GetSerializedContent();
        Assert.True(content.Length > 100_000);
        var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        content.Position = 0;
        var text = await new StreamReader(content).ReadToEndAsync();

        Assert.Equal(content.Length, copy.Length);
        var read = await KitJson.ReadAsync(text, Sample.CreateFromDiscriminatorValue);
        Assert.Equal("leaf4999", read.Leaves![4999].Label);
        Assert.False(content.CanWrite);
    }

    [Fact]
    public void The_factory_serves_json_only()
    {
        var factory = new Utf8JsonSerializationWriterFactory();

        Assert.Equal("application/json", factory.ValidContentType);
        Assert.Throws<ArgumentOutOfRangeException>(() => factory.GetSerializationWriter("text/plain"));
    }
}
