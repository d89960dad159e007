using System.Buffers;
using System.Runtime.InteropServices;

namespace ImageryContracts.Serialization;

/// <summary>
/// The items of a JSON array or object while it is read, in a pooled array, so that the list or dictionary is made
/// once at its final size: one grown item by item leaves every smaller array behind, and a GeoJSON point's two
/// numbers would sit in an array of four.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal ref struct GatheredItems<T>
{
    // ArrayPool's smallest array: a point's coordinates and most lists fit without a second rent.
    private const int InitialLength = 16;

    private T[] _items;
    private int _count;

    public GatheredItems() => _items = ArrayPool<T>.Shared.Rent(InitialLength);

    public readonly ReadOnlySpan<T> Items => _items.AsSpan(0, _count);

    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            PooledArray.Grow(ref _items, _count, _count + 1);
        }

        _items[_count++] = item;
    }

    public readonly List<T> ToList()
    {
        var list = new List<T>(_count);
        CollectionsMarshal.SetCount(list, _count);
        Items.CopyTo(CollectionsMarshal.AsSpan(list));
        return list;
    }

    public void Dispose()
    {
        if (_items.Length > 0)
        {
            PooledArray.Return(_items);
        }

        _items = [];
        _count = 0;
    }
}

/// <summary>What <see cref="GatheredItems{T}"/> gathers of a JSON object, made into its dictionary.</summary>
internal static class GatheredItems
{
    /// <summary>The members as a dictionary made at its final size.</summary>
    /// <typeparam name="T">The member value type.</typeparam>
    /// <param name="members">The members in the order read.</param>
    /// <returns>The dictionary, filled by name so a repeated member keeps its last value, as JSON readers do.</returns>
    public static Dictionary<string, T> ToDictionary<T>(ReadOnlySpan<KeyValuePair<string, T>> members)
    {
        var map = new Dictionary<string, T>(members.Length, StringComparer.Ordinal);
        foreach (var (name, value) in members)
        {
            map[name] = value;
        }

        return map;
    }
}
