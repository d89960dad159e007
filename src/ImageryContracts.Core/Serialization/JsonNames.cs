using System.Text.Json;

namespace ImageryContracts.Serialization;

/// <summary>
/// Member names read as strings (the keys of untyped objects, of unknown fields in <c>AdditionalData</c> and of model
/// maps), shared across the reads on one thread. The items of a page carry the same names, and Kiota's
/// <see cref="Microsoft.Kiota.Abstractions.Serialization.UntypedObject"/> keys its members by string, so without this
/// every item paid a string per name. A fixed table per thread, in the manner of a parser's name table: a short ASCII
/// name is looked up in its slot and compared byte for char; anything else, and a slot's loser, is a new string.
/// Values are never shared this way, only names.
/// </summary>
internal static class JsonNames
{
    private const int Slots = 512;
    private const int MaxLength = 40;

    [ThreadStatic]
    private static string?[]? t_names;

    /// <summary>The property name under the reader.</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <returns>The name, shared with earlier reads of the same name where the table has it.</returns>
    public static string Read(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            return reader.GetString()!;
        }

        var utf8 = reader.ValueSpan;
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            if (b >= 0x80)
            {
                return reader.GetString()!;
            }

            hash = (hash ^ b) * 16777619u;
        }

        var names = t_names ??= new string?[Slots];
        ref var slot = ref names[hash & (Slots - 1)];
        if (slot is { } known && IsSame(utf8, known))
        {
            return known;
        }

        return slot = reader.GetString()!;
    }

    private static bool IsSame(ReadOnlySpan<byte> ascii, string name)
    {
        if (ascii.Length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (ascii[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }
}
