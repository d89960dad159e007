using System.Globalization;
using System.Text;
using System.Text.Json;
using ImageryContracts.Serialization;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace ImageryContracts.Core.Tests.Serialization;

public sealed class Utf8JsonParseNodeTests
{
    private const string Whole = """
        {"count":7,"at":"2020-02-18T14:52:23.706942Z","note":"n","leaf":{"label":"a","shade":"dark"},
         "leaves":[{"label":"b","shade":"light"}],"coordinates":[[1e-30,1e300],[4.705066680908203,-50.86576445831801]]}
        """;

    public static TheoryData<string, string> EveryJsonTypeInEveryField()
    {
        string[] fields = ["count", "at", "note", "leaf", "leaves", "coordinates"];
        string[] values = ["1", "1.5", "-2e-300", "1e400", "123456789012345678901234567890", "\"x\"", "\"\"", "true", "false", "null", "[]", "{}", "[1,\"a\",null,{\"b\":[]}]", "{\"k\":{\"v\":[1e300]}}", "[[1,2],[\"a\"]]"];
        var data = new TheoryData<string, string>();
        foreach (var field in fields)
        {
            foreach (var value in values)
            {
                data.Add(field, value);
            }
        }

        return data;
    }

    [Fact]
    public async Task Values_read_into_their_types_and_write_back_as_sent()
    {
        var sample = await KitJson.ReadAsync(Whole, Sample.CreateFromDiscriminatorValue);

        Assert.Equal(7, sample.Count);
        Assert.Equal(new DateTimeOffset(2020, 2, 18, 14, 52, 23, 706, TimeSpan.Zero).AddTicks(9420), sample.At);
        Assert.Equal(Shade.Dark, sample.Leaf!.Shade);
        Assert.Equal([1e-30, 1e300], sample.Coordinates![0]);
        Assert.Equal(-50.86576445831801, sample.Coordinates[1][1]);
        Assert.Empty(sample.AdditionalData);
        var written = KitJson.Write(sample);
        Assert.Contains("\"at\":\"2020-02-18T14:52:23.706942Z\"", written);
        KitJson.AssertSameJson(Whole, written);
    }

    [Theory]
    [MemberData(nameof(EveryJsonTypeInEveryField))]
    public async Task Any_JSON_value_in_any_field_is_kept_and_written_back(string field, string value)
    {
        var json = field == "leaf"
            ? $$"""{"leaf":{{value}}}"""
            : $$$"""{"{{{field}}}":{{{value}}},"leaf":{"label":"x","shade":{{{value}}}}}""";

        var sample = await KitJson.ReadAsync(json, Sample.CreateFromDiscriminatorValue);

        KitJson.AssertSameJson(json, KitJson.Write(sample));
    }

    [Theory]
    [InlineData("2020-02-18T14:52:23.706942+00:00")]
    [InlineData("2020-02-18T14:52:23.706942\\u002B00:00")]
    [InlineData("2020-02-18T16:52:23.706942\\u002B02:00")]
    public async Task A_date_time_with_an_offset_reads_however_it_is_escaped(string text)
    {
        var sample = await KitJson.ReadAsync($"{{\"at\":\"{text}\"}}", Sample.CreateFromDiscriminatorValue);

        Assert.Equal(new DateTimeOffset(2020, 2, 18, 14, 52, 23, 706, TimeSpan.Zero).AddTicks(9420), sample.At);
        Assert.Empty(sample.AdditionalData);
    }

    [Fact]
    public async Task A_date_time_without_an_offset_is_kept_as_sent_rather_than_given_the_machine_offset()
    {
        var sample = await KitJson.ReadAsync("""{"at":"2020-02-18T14:52:23"}""", Sample.CreateFromDiscriminatorValue);

        Assert.Null(sample.At);
        Assert.Equal("""{"at":"2020-02-18T14:52:23"}""", KitJson.Write(sample));
    }

    [Fact]
    public async Task A_value_of_another_type_is_kept_raw_and_dropped_once_the_property_is_set()
    {
        var sample = await KitJson.ReadAsync("""{"count":"many","leaf":{"label":"a","shade":"dusk"}}""", Sample.CreateFromDiscriminatorValue);

        Assert.Null(sample.Count);
        Assert.Equal("many", Assert.IsType<UntypedString>(sample.AdditionalData["count"]).GetValue());
        Assert.Equal("dusk", Assert.IsType<UntypedString>(sample.Leaf!.AdditionalData["shade"]).GetValue());

        sample.Count = 3;

        KitJson.AssertSameJson("""{"count":3,"leaf":{"label":"a","shade":"dusk"}}""", KitJson.Write(sample));
    }

    [Fact]
    public async Task Explicit_nulls_are_kept()
    {
        const string json = """{"note":null,"leaf":null,"count":null}""";

        var sample = await KitJson.ReadAsync(json, Sample.CreateFromDiscriminatorValue);

        Assert.Null(sample.Note);
        Assert.IsType<UntypedNull>(sample.AdditionalData["note"]);
        KitJson.AssertSameJson(json, KitJson.Write(sample));
    }

    [Fact]
    public async Task A_huge_number_in_a_string_field_is_written_back_as_sent_not_as_infinity()
    {
        var sample = await KitJson.ReadAsync("""{"note":1e400,"count":123456789012345678901234567890}""", Sample.CreateFromDiscriminatorValue);

        Assert.Equal("1e400", Assert.IsType<UntypedRawNumber>(sample.AdditionalData["note"]).GetValue());
        Assert.Equal("""{"note":1e400,"count":123456789012345678901234567890}""", KitJson.Write(sample));
    }

    [Fact]
    public async Task Untyped_values_keep_exact_numbers_where_Kiota_loses_them()
    {
        const string json = "[1.5,2,1e300,0.1,1e-30,2147483648]";
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var ours = (UntypedArray)(await new Utf8JsonParseNodeFactory().GetRootParseNodeAsync("application/json", body)).GetObjectValue(UntypedNode.CreateFromDiscriminatorValue);

        Assert.Equal([1.5, 1e300, 0.1, 1e-30], ours.GetValue().OfType<UntypedDouble>().Select(d => d.GetValue()));
        Assert.Equal(2, Assert.IsType<UntypedInteger>(ours.GetValue().ElementAt(1)).GetValue());
        Assert.Equal(2147483648L, Assert.IsType<UntypedLong>(ours.GetValue().Last()).GetValue());
        body.Position = 0;
        var kiota = (UntypedArray)(await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", body)).GetObjectValue(UntypedNode.CreateFromDiscriminatorValue);
        Assert.Equal(float.PositiveInfinity, Assert.IsType<UntypedFloat>(kiota.GetValue().ElementAt(2)).GetValue());
    }

    [Theory]
    [InlineData("4.705066680908203")]
    [InlineData("50.869271906986995")]
    [InlineData("0.1")]
    [InlineData("1e-30")]
    [InlineData("1e300")]
    [InlineData("-1.2409999999999999E+36")]
    [InlineData("4.7050666809082030000")]
    public async Task A_coordinate_a_double_holds_is_read_and_written_back_as_sent(string number)
    {
        var json = $"{{\"coordinates\":[[{number},1]]}}";

        var sample = await KitJson.ReadAsync(json, Sample.CreateFromDiscriminatorValue);

        Assert.Equal(double.Parse(number, CultureInfo.InvariantCulture), sample.Coordinates![0][0]);
        KitJson.AssertSameJson(json, KitJson.Write(sample));
    }

    [Theory]
    [InlineData("2043611112252900437")]
    [InlineData("0.12345678901234567890123")]
    [InlineData("0.10000000000000001")]
    public async Task A_coordinate_with_more_digits_than_a_double_holds_reads_and_writes_back_as_the_nearest_double(string number)
    {
        var nearest = double.Parse(number, CultureInfo.InvariantCulture);

        var sample = await KitJson.ReadAsync($"{{\"coordinates\":[[{number},1]]}}", Sample.CreateFromDiscriminatorValue);

        Assert.Equal(nearest, sample.Coordinates![0][0]);
        Assert.Equal($"{{\"coordinates\":[[{nearest.ToString("R", CultureInfo.InvariantCulture)},1]]}}", KitJson.Write(sample));
    }

    [Theory]
    [InlineData("1e-400")]
    [InlineData("1e400")]
    public async Task A_coordinate_out_of_a_doubles_range_is_kept_as_sent_not_read_as_zero_or_infinity(string number)
    {
        var json = $"{{\"coordinates\":[[{number},1]]}}";

        var sample = await KitJson.ReadAsync(json, Sample.CreateFromDiscriminatorValue);

        Assert.Null(sample.Coordinates);
        KitJson.AssertSameJson(json, KitJson.Write(sample));
    }

    [Fact]
    public async Task Unknown_fields_are_kept_at_every_level()
    {
        const string json = """{"count":1,"extra":{"deep":[1,2]},"remark":"2020-01-01T00:00:00","price":12.50,"tiny":1e-30,"leaves":[{"label":"a","more":true,"gone":null}]}""";

        var sample = await KitJson.ReadAsync(json, Sample.CreateFromDiscriminatorValue);

        // Kiota's own reader's shapes, so code written against it reads the same values; text and tiny numbers exact.
        Assert.IsType<UntypedObject>(sample.AdditionalData["extra"]);
        Assert.Equal("2020-01-01T00:00:00", sample.AdditionalData["remark"]);
        Assert.Equal("12.50", ((decimal)sample.AdditionalData["price"]).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1e-30, Assert.IsType<UntypedDouble>(sample.AdditionalData["tiny"]).GetValue());
        Assert.Equal(true, sample.Leaves![0].AdditionalData["more"]);
        Assert.Null(sample.Leaves[0].AdditionalData["gone"]);
        KitJson.AssertSameJson(json, KitJson.Write(sample));
    }

    [Fact]
    public async Task The_assign_callbacks_fire_for_every_model_nested_ones_included()
    {
        var before = new List<IParsable>();
        var after = new List<IParsable>();

        var sample = await KitJson.ReadAsync(Whole, Sample.CreateFromDiscriminatorValue, node =>
        {
            node.OnBeforeAssignFieldValues = before.Add;
            node.OnAfterAssignFieldValues = after.Add;
        });

        Assert.Equal<IParsable>([sample, sample.Leaf!, sample.Leaves![0]], before);
        Assert.Equal<IParsable>([sample.Leaf!, sample.Leaves![0], sample], after);
    }

    [Fact]
    public async Task A_model_without_a_generated_reader_is_read_through_its_field_deserializers()
    {
        const string json = """{"kind":"k","size":"not a number","tags":["a","b"],"leaf":{"label":"x","shade":"light"},"other":[1]}""";
        var before = new List<IParsable>();

        var model = await KitJson.ReadAsync(json, KiotaOnly.CreateFromDiscriminatorValue, node => node.OnBeforeAssignFieldValues = before.Add);

        Assert.Equal("k", model.Kind);
        Assert.Null(model.Size);
        Assert.Equal(["a", "b"], model.Tags);
        Assert.Equal(Shade.Light, model.Leaf!.Shade);
        Assert.IsType<UntypedArray>(model.AdditionalData["other"]);
        Assert.Equal<IParsable>([model, model.Leaf], before);
        KitJson.AssertSameJson("""{"kind":"k","tags":["a","b"],"leaf":{"label":"x","shade":"light"},"other":[1]}""", KitJson.Write(model));
    }

    [Fact]
    public async Task An_error_body_asked_for_as_IParsable_reads_into_its_model()
    {
        ParsableFactory<IParsable> errorFactory = node => node.GetChildNode("label") is null ? new KiotaOnly() : new Leaf();

        var error = await KitJson.ReadAsync("""{"label":"refused","shade":"dark"}""", errorFactory);

        Assert.Equal("refused", Assert.IsType<Leaf>(error).Label);
    }

    [Fact]
    public async Task Child_nodes_give_discriminators_random_access()
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes("""{"a":{"b":[1,{"c":"deep"}]},"type":"leaf"}"""));
        var root = await new Utf8JsonParseNodeFactory().GetRootParseNodeAsync("application/json", body);

        Assert.Equal("leaf", root.GetChildNode("type")!.GetStringValue());
        Assert.Null(root.GetChildNode("missing"));
        Assert.Equal("deep", root.GetChildNode("a")!.GetChildNode("b")!.GetCollectionOfObjectValues(node => node.GetChildNode("c") is { } c ? new Leaf { Label = c.GetStringValue() } : new Leaf()).Last().Label);
    }

    [Theory]
    [InlineData("""{"leaves":[{"label":"a"},{"label": tru}]}""", "$.leaves[1].label")]
    [InlineData("""{"count":1,"leaf":{"label":"a" """, "$.leaf.label")]
    [InlineData("""{"count":1} trailing""", "$")]
    public async Task Malformed_json_is_a_json_exception_naming_where(string json, string path)
    {
        var error = await Assert.ThrowsAsync<JsonException>(() => KitJson.ReadAsync(json, Sample.CreateFromDiscriminatorValue));

        Assert.Equal(path, error.Path);
    }

    [Fact]
    public async Task A_body_that_is_not_an_object_reads_as_an_empty_model_as_with_Kiota()
    {
        var sample = await KitJson.ReadAsync("\"Internal error\"", Sample.CreateFromDiscriminatorValue);

        Assert.Null(sample.Count);
        Assert.Equal("count", sample.FindMissingRequired());
    }

    [Fact]
    public async Task A_body_from_a_stream_that_cannot_seek_is_read_whole()
    {
        var json = "{\"leaves\":[" + string.Join(',', Enumerable.Repeat("""{"label":"abcdefghij"}""", 5000)) + "]}";
        using var body = new NonSeekableStream(Encoding.UTF8.GetBytes(json));

        var root = await new Utf8JsonParseNodeFactory().GetRootParseNodeAsync("application/json", body);

        Assert.Equal(5000, root.GetObjectValue(Sample.CreateFromDiscriminatorValue).Leaves!.Count);
    }

    [Fact]
    public async Task Kiotas_own_writer_still_writes_the_models()
    {
        var sample = await KitJson.ReadAsync("""{"count":2,"leaf":{"label":"a","shade":"dark"},"extra":"kept"}""", Sample.CreateFromDiscriminatorValue);
        using var writer = new JsonSerializationWriter();

        writer.WriteObjectValue(null, sample);

        using var text = new StreamReader(writer.GetSerializedContent());
        KitJson.AssertSameJson("""{"count":2,"leaf":{"label":"a","shade":"dark"},"extra":"kept"}""", text.ReadToEnd());
    }
}
