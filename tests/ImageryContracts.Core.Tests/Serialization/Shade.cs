using System.Text.Json;

namespace ImageryContracts.Core.Tests.Serialization;

/// <summary>A closed string enum, with the byte-level reader and writer the generator emits for one.</summary>
internal enum Shade
{
    Light,
    Dark,
}

internal static class ShadeJson
{
    public static bool TryRead(ref Utf8JsonReader reader, out Shade value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (reader.ValueTextEquals("light"u8))
        {
            value = Shade.Light;
            return true;
        }

        if (reader.ValueTextEquals("dark"u8))
        {
            value = Shade.Dark;
            return true;
        }

        return false;
    }

    public static void Write(Utf8JsonWriter writer, Shade value) => writer.WriteStringValue(value switch
    {
        Shade.Light => "light"u8,
        Shade.Dark => "dark"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a declared Shade member."),
    });

    public static string Wire(Shade value) => value == Shade.Light ? "light" : "dark";
}
