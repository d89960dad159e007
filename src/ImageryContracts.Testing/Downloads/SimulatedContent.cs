using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ImageryContracts.Testing.Downloads;

/// <summary>
/// A file's bytes, never held in memory: byte <c>i</c> is a function of the seed and <c>i</c> alone (a SplitMix64
/// counter per 8-byte word), so any range of a file of any length is generated on demand and is the same on every run
/// and every request. The MD5 of a (seed, length) pair is computed once by streaming and cached for the process.
/// </summary>
/// <param name="Seed">Picks the content; two seeds give unrelated bytes.</param>
/// <param name="Length">The file's length in bytes.</param>
public sealed record SimulatedContent(long Seed, long Length)
{
    private const ulong Gamma = 0x9E3779B97F4A7C15;
    private const int HashBlock = 64 * 1024;

    private static readonly ConcurrentDictionary<(long Seed, long Length), Lazy<string>> Md5Cache = new();

    private readonly ulong _stream = Mix(unchecked((ulong)Seed));

    /// <summary>The file's length in bytes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is negative.</exception>
    public long Length { get; init; } = Length >= 0
        ? Length
        : throw new ArgumentOutOfRangeException(nameof(Length), Length, "A simulated file's length is 0 or more bytes.");

    /// <summary>The MD5 of the whole content, lower-case hex (as OneAtlas sends it in <c>X-Ads-Checksum-Value</c>).</summary>
    /// <remarks>The first read streams the content through the hash (about 2 s per GB); later reads are cached.</remarks>
    public string Md5Hex => Md5Cache.GetOrAdd((Seed, Length), key => new Lazy<string>(() => ComputeMd5Hex(key.Seed, key.Length))).Value;

    /// <summary>A strong entity tag that changes with the seed or the length, for a simulator that sends <c>ETag</c>.</summary>
    public string ETag => $"\"{Seed:x16}-{Length:x}\"";

    /// <summary>Content whose seed is derived from a text key (an item id, an asset href), the same for the same key.</summary>
    /// <param name="key">Any text; its SHA-256 picks the seed.</param>
    /// <param name="length">The file's length in bytes.</param>
    /// <returns>The content.</returns>
    public static SimulatedContent FromKey(string key, long length)
    {
        ArgumentNullException.ThrowIfNull(key);
        var seed = BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return new SimulatedContent(seed, length);
    }

    /// <summary>Writes the bytes at <paramref name="offset"/> into <paramref name="destination"/>.</summary>
    /// <param name="offset">The position of the first byte, in [0, <see cref="Length"/>].</param>
    /// <param name="destination">Filled entirely; it must not reach past the end of the content.</param>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the content.</exception>
    public void Fill(long offset, Span<byte> destination)
    {
        if (offset < 0 || offset > Length || destination.Length > Length - offset)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"Bytes {offset}..{offset + destination.Length} are not inside the content's {Length} bytes.");
        }

        var word = offset / sizeof(ulong);
        var skip = (int)(offset % sizeof(ulong));
        Span<byte> scratch = stackalloc byte[sizeof(ulong)];
        if (skip > 0)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(scratch, Word(word++));
            var head = Math.Min(sizeof(ulong) - skip, destination.Length);
            scratch.Slice(skip, head).CopyTo(destination);
            destination = destination[head..];
        }

        while (destination.Length >= sizeof(ulong))
        {
            BinaryPrimitives.WriteUInt64LittleEndian(destination, Word(word++));
            destination = destination[sizeof(ulong)..];
        }

        if (destination.Length > 0)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(scratch, Word(word));
            scratch[..destination.Length].CopyTo(destination);
        }
    }

    private ulong Word(long index) => Mix(_stream + (unchecked((ulong)index) * Gamma));

    // SplitMix64's finaliser: consecutive counters give independent-looking words.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    private static string ComputeMd5Hex(long seed, long length)
    {
        var content = new SimulatedContent(seed, length);
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var buffer = ArrayPool<byte>.Shared.Rent(HashBlock);
        try
        {
            for (var position = 0L; position < length;)
            {
                var count = (int)Math.Min(HashBlock, length - position);
                content.Fill(position, buffer.AsSpan(0, count));
                md5.AppendData(buffer, 0, count);
                position += count;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexString(md5.GetHashAndReset()).ToLowerInvariant();
    }
}
