using System.Text.Json;
using CsCheck;
using ImageryContracts.ClientTestKit;

namespace ImageryContracts.Core.Tests.Serialization;

/// <summary>Random and type-confused JSON through the kit's reader and writer: a typed exception or an exact round trip, nothing else.</summary>
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
            KitJson.AssertSameJson(json, KitJson.Write(sample));
        }
    }
}
