using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageryContracts.Geometry;

/// <summary>
/// Reads and writes <see cref="GeoJsonPolygon"/> as a GeoJSON <c>Polygon</c> geometry with System.Text.Json.
/// Members other than <c>type</c> and <c>coordinates</c> (<c>bbox</c>, foreign members) are skipped on read: an AOI is
/// its rings, and the vendors echo only those.
/// </summary>
public sealed class GeoJsonPolygonJsonConverter : JsonConverter<GeoJsonPolygon>
{
    private const string PolygonType = "Polygon";
    private const string Example = "{\"type\":\"Polygon\",\"coordinates\":[[[lon,lat],…]]}";

    /// <inheritdoc />
    public override GeoJsonPolygon Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject, "a GeoJSON geometry object " + Example);
        string? type = null;
        double[][][]? coordinates = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var member = reader.GetString();
            reader.Read();
            switch (member)
            {
                case "type":
                    Expect(ref reader, JsonTokenType.String, "a string \"type\" member");
                    type = reader.GetString();
                    break;
                case "coordinates":
                    coordinates = ReadRings(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (type != PolygonType)
        {
            throw new JsonException(type is null
                ? $"The geometry has no \"type\" member; an AOI is {Example}."
                : $"The geometry type is '{type}'; an AOI must be a '{PolygonType}' (split a MultiPolygon into one order product per polygon).");
        }

        return coordinates is null
            ? throw new JsonException($"The Polygon has no \"coordinates\" member; an AOI is {Example}.")
            : GeoJsonPolygon.FromCoordinates(coordinates);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, GeoJsonPolygon value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("type", PolygonType);
        writer.WriteStartArray("coordinates");
        foreach (var ring in value.Rings)
        {
            writer.WriteStartArray();
            foreach (var position in ring)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(position.Longitude);
                writer.WriteNumberValue(position.Latitude);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static double[][][] ReadRings(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, "\"coordinates\" as an array of rings");
        var rings = new List<double[][]>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartArray, $"ring {rings.Count} as an array of [longitude, latitude] positions");
            var ring = new List<double[]>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                ring.Add(ReadPosition(ref reader, rings.Count, ring.Count));
            }

            rings.Add([.. ring]);
        }

        return [.. rings];
    }

    private static double[] ReadPosition(ref Utf8JsonReader reader, int ring, int index)
    {
        Expect(ref reader, JsonTokenType.StartArray, $"position {index} of ring {ring} as [longitude, latitude]");
        var numbers = new List<double>(2);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.Number, $"numbers in position {index} of ring {ring}");
            numbers.Add(reader.GetDouble());
        }

        return numbers.Count == 2
            ? [.. numbers]
            : throw new JsonException($"Position {index} of ring {ring} has {numbers.Count} number(s); an AOI position is exactly [longitude, latitude] (drop any altitude).");
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string what)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"Expected {what}, found {Describe(ref reader)}.");
        }
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"the string \"{reader.GetString()}\"",
        JsonTokenType.Number => $"the number {reader.GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture)}",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => reader.TokenType.ToString().ToLowerInvariant(),
    };
}
