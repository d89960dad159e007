using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ImageryContracts.Journal;

/// <summary>
/// Digests of order content for <see cref="OrderIntent.Fingerprint"/>: a canonical text the vendor's facade composes,
/// hashed, so that the same content always gives the same fingerprint, whichever process computes it.
/// </summary>
public static class ContentFingerprint
{
    private const int Decimals = 7;

    /// <summary>The fingerprint of a canonical text: <c>sha256:</c> and its first 16 hex digits (64 bits).</summary>
    /// <param name="canonical">The content as a canonical text (fields in a fixed order, lists sorted).</param>
    /// <returns>For example <c>sha256:3f2a9c01d4e5b6a7</c>.</returns>
    public static string Of(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        return "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)), 0, 8).ToLowerInvariant();
    }

    /// <summary>
    /// A polygon's rings as a canonical text that does not change when a vendor echoes them from another start
    /// position, in the other direction, or with the closing position dropped; coordinates are rounded to 7 decimals
    /// (about 1 cm), so a re-formatted number is still the same AOI.
    /// </summary>
    /// <param name="rings">The rings, each a list of <c>[longitude, latitude]</c> positions.</param>
    /// <returns>The canonical text.</returns>
    public static string Rings(IEnumerable<IEnumerable<IReadOnlyList<double>>>? rings) =>
        string.Join(" / ", (rings ?? []).Select(ring => CanonicalRing([.. ring.Select(Position)])));

    private static string Position(IReadOnlyList<double> position) =>
        string.Join(",", position.Take(2).Select(value => Math.Round(value, Decimals).ToString("0.#######", CultureInfo.InvariantCulture)));

    private static string CanonicalRing(List<string> positions)
    {
        if (positions.Count > 1 && positions[0] == positions[^1])
        {
            positions.RemoveAt(positions.Count - 1);
        }

        if (positions.Count == 0)
        {
            return string.Empty;
        }

        var forward = Rotated(positions);
        positions.Reverse();
        var backward = Rotated(positions);
        return string.CompareOrdinal(forward, backward) <= 0 ? forward : backward;
    }

    private static string Rotated(List<string> positions)
    {
        var start = 0;
        for (var index = 1; index < positions.Count; index++)
        {
            if (string.CompareOrdinal(positions[index], positions[start]) < 0)
            {
                start = index;
            }
        }

        return string.Join(" ", positions.Skip(start).Concat(positions.Take(start)));
    }
}
