using System.Text;
using System.Text.Json;
using CsCheck;
using ImageryContracts.Serialization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Core.Tests.Serialization;

/// <summary>
/// Member names are shared across reads through a fixed table per thread (<see cref="JsonNames"/>): whatever names
/// collide in it, escaped, non-ASCII or long ones included, every object reads back with exactly the names sent.
/// </summary>
public sealed class JsonNamesTests
{
    private static readonly Gen<string> Name = Gen.OneOf(
        Gen.String[Gen.Char.AlphaNumeric, 0, 12],
        Gen.String[Gen.Char.AlphaNumeric, 38, 44],
        Gen.String,
        Gen.OneOf("id", "di", "type", "href", "é", "\"", "\\", "a\u0000b", "\uD83D\uDE00"));

    [Fact]
    public void Every_object_reads_with_the_names_sent_however_they_collide_in_the_table()
    {
        Name.Array[0, 40].Select(names => names.Distinct().ToArray()).Sample(names =>
        {
            var json = "{" + string.Join(',', names.Select((name, index) => $"{JsonSerializer.Serialize(name)}:{index}")) + "}";
            var escaped = "{" + string.Join(',', names.Select((name, index) => $"{Escaped(name)}:{index}")) + "}";

            foreach (var text in new[] { json, escaped, json })
            {
                var members = ReadObject(text);
                Assert.Equal(names, members.Keys);
                Assert.Equal(Enumerable.Range(0, names.Length), members.Values.Select(value => ((UntypedInteger)value).GetValue()));
            }
        }, iter: 2000);
    }

    [Fact]
    public void A_short_name_read_again_is_the_same_string_not_a_new_one()
    {
        var first = ReadObject("""{"workspaceId":1}""").Keys.Single();
        var second = ReadObject("""{"workspaceId":2}""").Keys.Single();

        Assert.Same(first, second);
    }

    [Fact]
    public void A_repeated_member_keeps_its_last_value_as_before()
    {
        var members = ReadObject("""{"a":1,"b":2,"a":3}""");

        Assert.Equal(["a", "b"], members.Keys);
        Assert.Equal(3, ((UntypedInteger)members["a"]).GetValue());
    }

    private static IDictionary<string, UntypedNode> ReadObject(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return ((UntypedObject)UntypedJson.Read(ref reader)).GetValue();
    }

    // Every character as a \u escape, so the reader sees an escaped name for the same text.
    private static string Escaped(string name) => "\"" + string.Concat(name.Select(c => $"\\u{(int)c:x4}")) + "\"";
}
