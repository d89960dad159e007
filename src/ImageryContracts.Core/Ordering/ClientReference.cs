using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace ImageryContracts.Ordering;

/// <summary>
/// Client references: the idempotency keys of order creation. The same reference with the same content yields the
/// order it first created, never a second one. References are lower-case letters only (a fixed prefix and 22 letters,
/// about 103 bits), so they are valid OneAtlas tags as they are and carry no separator a vendor might reject.
/// </summary>
public static class ClientReference
{
    /// <summary>The prefix of every reference made here, so they are recognisable in a vendor's console.</summary>
    public const string Prefix = "imagery";

    /// <summary>How many letters follow the prefix.</summary>
    public const int Letters = 22;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>A new, random reference, unique without coordination between processes.</summary>
    /// <returns>For example <c>imagerykqzvbnwmrtyplsdfghjxca</c>.</returns>
    public static string New() => Prefix + RandomNumberGenerator.GetString(Alphabet, Letters);

    /// <summary>
    /// The reference of a caller's job: the same key always gives the same reference (on every machine and in every
    /// version), so a job delivered again finds the order its first delivery placed.
    /// </summary>
    /// <param name="jobKey">The job's stable key, for example a message id or <c>invoice-2024-117/line-3</c>.</param>
    /// <returns>The prefix and 22 letters derived from the key's SHA-256.</returns>
    /// <exception cref="ArgumentException">The key is empty or white space.</exception>
    public static string FromJobKey(string jobKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobKey);
        var digest = new BigInteger(SHA256.HashData(Encoding.UTF8.GetBytes(jobKey)), isUnsigned: true, isBigEndian: true);
        var letters = new char[Letters];
        for (var index = 0; index < Letters; index++)
        {
            digest = BigInteger.DivRem(digest, Alphabet.Length, out var remainder);
            letters[index] = Alphabet[(int)remainder];
        }

        return Prefix + new string(letters);
    }
}
