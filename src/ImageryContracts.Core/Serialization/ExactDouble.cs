using System.Globalization;

namespace ImageryContracts.Serialization;

/// <summary>
/// Whether a JSON number is the double it was read as: written back (shortest round-trip form), the double must
/// denote the same number as the text. Up to 15 significant digits always do (within the normal range); longer numbers are compared digit by
/// digit, so <c>2043611112252900437</c> or a 20-digit fraction is kept as sent instead of rounded.
/// </summary>
internal static class ExactDouble
{
    private const int AlwaysExactDigits = 15;
    private const int MaxDigits = 800;
    private const int NormalExponent = 300;

    public static bool Holds(ReadOnlySpan<byte> text, double value)
    {
        Span<byte> digits = stackalloc byte[Math.Min(text.Length, MaxDigits)];
        if (!Normalize(text, digits, out var negative, out var count, out var exponent))
        {
            return false;
        }

        // Within the normal range; below it (1e-400 reads as 0) or near its edges the digits are compared too.
        if (count <= AlwaysExactDigits && Math.Abs(exponent) <= NormalExponent)
        {
            return true;
        }

        Span<byte> written = stackalloc byte[32];
        value.TryFormat(written, out var length, "R", CultureInfo.InvariantCulture);
        Span<byte> writtenDigits = stackalloc byte[32];
        Normalize(written[..length], writtenDigits, out var writtenNegative, out var writtenCount, out var writtenExponent);
        return negative == writtenNegative && exponent == writtenExponent && digits[..count].SequenceEqual(writtenDigits[..writtenCount]);
    }

    // The number as ±0.d1d2…dn × 10^exponent, without leading or trailing zeros; false for text too long to compare.
    private static bool Normalize(ReadOnlySpan<byte> text, Span<byte> digits, out bool negative, out int count, out int exponent)
    {
        var i = 0;
        negative = text.Length > 0 && text[0] == (byte)'-';
        i += negative ? 1 : 0;
        count = 0;
        exponent = 0;
        var integerDigits = 0;
        var seenPoint = false;
        for (; i < text.Length && text[i] is not ((byte)'e' or (byte)'E'); i++)
        {
            if (text[i] == (byte)'.')
            {
                seenPoint = true;
                continue;
            }

            if (count == 0 && text[i] == (byte)'0')
            {
                // A leading zero: before the point it only shortens the integer part; after it, it shifts the exponent.
                integerDigits -= seenPoint ? 1 : 0;
                continue;
            }

            if (count == digits.Length)
            {
                return false;
            }

            digits[count++] = text[i];
            integerDigits += seenPoint ? 0 : 1;
        }

        var power = 0;
        if (i < text.Length)
        {
            i++;
            var negativePower = i < text.Length && text[i] == (byte)'-';
            i += i < text.Length && text[i] is (byte)'-' or (byte)'+' ? 1 : 0;
            for (; i < text.Length; i++)
            {
                power = Math.Min(power * 10 + (text[i] - '0'), 100_000);
            }

            power = negativePower ? -power : power;
        }

        while (count > 0 && digits[count - 1] == (byte)'0')
        {
            count--;
        }

        exponent = count == 0 ? 0 : integerDigits + power;
        negative &= count > 0;
        return true;
    }
}
