using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ImageryContracts.Serialization;

/// <summary>
/// Finds where in a body a JSON error happened, as a JSON path (<c>$.items[3].status</c>), so a malformed response
/// names the field. Runs only after a read failed: it reads the body again, keeping the path, up to the failure.
/// </summary>
internal static class JsonErrorPath
{
    /// <summary>The error again, with the path of the value it happened at in its message and <see cref="JsonException.Path"/>.</summary>
    /// <param name="json">The body.</param>
    /// <param name="error">The error, without a path.</param>
    /// <returns>The error with the path.</returns>
    public static JsonException WithPath(ReadOnlySpan<byte> json, JsonException error)
    {
        var path = Locate(json);
        return new JsonException($"{error.Message} (at {path})", path, error.LineNumber, error.BytePositionInLine, error);
    }

    private static string Locate(ReadOnlySpan<byte> json)
    {
        var frames = new List<(bool IsArray, string? Name, int Index)>();
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = (false, reader.GetString(), 0);
                        continue;
                    case JsonTokenType.StartObject:
                        Advance(frames);
                        frames.Add((false, null, 0));
                        continue;
                    case JsonTokenType.StartArray:
                        Advance(frames);
                        frames.Add((true, null, -1));
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        continue;
                    case JsonTokenType.String:
                        // Reads the text, which is what fails on a lone surrogate escape.
                        _ = reader.GetString();
                        Advance(frames);
                        continue;
                    default:
                        Advance(frames);
                        continue;
                }
            }
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            Advance(frames);
        }

        return Format(frames);
    }

    private static void Advance(List<(bool IsArray, string? Name, int Index)> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1] = (true, null, frames[^1].Index + 1);
        }
    }

    private static string Format(List<(bool IsArray, string? Name, int Index)> frames)
    {
        var path = new StringBuilder("$");
        foreach (var (isArray, name, index) in frames)
        {
            if (isArray)
            {
                path.Append('[').Append(Math.Max(index, 0).ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (name is not null)
            {
                path.Append('.').Append(name);
            }
        }

        return path.ToString();
    }
}
