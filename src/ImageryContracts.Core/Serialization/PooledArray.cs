using System.Buffers;
using System.Runtime.CompilerServices;

namespace ImageryContracts.Serialization;

/// <summary>How the JSON layer grows and returns an array rented from <see cref="ArrayPool{T}.Shared"/>: request bodies written, response bodies read, items gathered.</summary>
internal static class PooledArray
{
    /// <summary>
    /// Swaps a rented array for one at least <paramref name="needed"/> long, and at least twice as long, keeping its
    /// first <paramref name="count"/> items; the old one goes back to the pool (cleared if it holds references).
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="array">The rented array; the larger one afterwards.</param>
    /// <param name="count">How many items to keep.</param>
    /// <param name="needed">The length needed.</param>
    public static void Grow<T>(ref T[] array, int count, int needed)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(needed, array.Length * 2));
        array.AsSpan(0, count).CopyTo(larger);
        Return(array);
        array = larger;
    }

    /// <summary>Hands a rented array back, cleared if it holds references, so the pool keeps no model alive.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="array">The rented array.</param>
    public static void Return<T>(T[] array) => ArrayPool<T>.Shared.Return(array, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
}
