using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using ImageryContracts.ClientTestKit;

namespace ImageryContracts.Core.Tests.Serialization;

/// <summary>
/// Random and type-confused JSON through the kit's reader and writer: a typed exception or a round trip, nothing else.
/// The round trip is exact but where the model types a value: <see cref="Sample.Coordinates"/> are doubles, so a
/// number with more digits than a double holds (a 19-digit integer) comes back as its nearest double.
/// </summary>
public sealed class HostileJsonPropertyTests
{
    private static readonly string[] Fields = ["count", "at", "note", "leaf", "leaves", "coordinates", "unknown"];

    [Fact]
    public void Any_value_in_any_field_reads_and_writes_back_unchanged()
    {
        Gen.Select(Gen.OneOf(Fields), JsonGen.Value, JsonGen.Value).Sample((field, value, shade) =>
        {
            var json = field == "leaf" ? $$"""{"leaf":{{value}}}""" : $$$"""{"{{{field}}}":{{{value}}},"leaf":{"label":"a","shade":{{{shade}}}}}""";
            AssertRoundTripOrJsonException(json);
        }, iter: 5000);
    }

    [Fact]
    public void Any_JSON_document_reads_as_a_model_or_fails_as_json()
    {
        JsonGen.Value.Sample(AssertRoundTripOrJsonException, iter: 5000);
    }

    private static void AssertRoundTripOrJsonException(string json)
    {
        Sample sample;
        try
        {
            sample = KitJson.ReadAsync(json, Sample.CreateFromDiscriminatorValue).GetAwaiter().GetResult();
        }
        catch (JsonException)
        {
            // Only for text that is not valid JSON for .NET (a lone surrogate escape).
            Assert.ThrowsAny<Exception>(() => JsonDocument.Parse(json).RootElement.GetRawText().ToString().Normalize());
            return;
        }

        if (json.TrimStart().StartsWith('{'))
        {
            KitJson.AssertSameJson(AsTheModelHoldsIt(json, sample), KitJson.Write(sample));
        }
    }

    // Each coordinate as the double the sent text denotes; everything else as sent. Built from the text, not from the
    // model, so a coordinate read wrong still fails.
    private static string AsTheModelHoldsIt(string json, Sample sample)
    {
        if (sample.Coordinates is null)
        {
            return json;
        }

        var root = JsonNode.Parse(json)!.AsObject();
        var positions = root["coordinates"]!.AsArray();
        root["coordinates"] = new JsonArray(positions
            .Select(position => (JsonNode)new JsonArray(position!.AsArray()
                .Select(number => (JsonNode)JsonValue.Create(double.Parse(number!.ToJsonString(), CultureInfo.InvariantCulture)))
                .ToArray()))
            .ToArray());
        return root.ToJsonString();
    }
}
