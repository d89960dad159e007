using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImageryContracts.Downloads;

/// <summary>
/// What identifies the file a partial download belongs to: its length, <c>ETag</c> and announced MD5, as the response
/// that started it said. It is kept beside the partial file (<c>.part.json</c>) so a later call can tell whether the
/// server still serves the same file.
/// </summary>
/// <param name="Length">The whole file's length, if the server said it.</param>
/// <param name="ETag">The server's entity tag, if it sent one.</param>
/// <param name="Md5">The MD5 the server announced, if any.</param>
internal sealed record PartValidator(long? Length, string? ETag, string? Md5)
{
    /// <summary>
    /// Whether bytes written for this file may be continued with <paramref name="server"/>'s: at least one of length,
    /// ETag and MD5 is known on both sides, and none that is known on both sides differs.
    /// </summary>
    public bool Vouches(PartValidator server)
    {
        var compared = 0;
        var conflict = Differs(Length, server.Length, ref compared)
            | Differs(ETag, server.ETag, ref compared)
            | Differs(Md5, server.Md5, ref compared);
        return compared > 0 && !conflict;
    }

    /// <summary>Reads the validator kept beside a partial file, or null when there is none or it is unreadable.</summary>
    public static PartValidator? Read(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), PartValidatorJson.Default.PartValidator) : null;
        }
        catch (JsonException)
        {
            // A torn or foreign file vouches for nothing: the download starts from zero.
            return null;
        }
    }

    /// <summary>Keeps the validator beside the partial file.</summary>
    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, PartValidatorJson.Default.PartValidator));

    private static bool Differs<T>(T? ours, T? theirs, ref int compared)
    {
        if (ours is null || theirs is null)
        {
            return false;
        }

        compared++;
        return !EqualityComparer<T>.Default.Equals(ours, theirs);
    }
}

/// <summary>The validator's JSON, generated at build time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PartValidator))]
internal sealed partial class PartValidatorJson : JsonSerializerContext;
