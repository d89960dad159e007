using System.Buffers;
using System.Runtime.CompilerServices;
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
            var larger = ArrayPool<T>.Shared.Rent(_count * 2);
            Items.CopyTo(larger);
            Return(_items);
            _items = larger;
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
        Return(_items);
        _items = [];
        _count = 0;
    }

    private static void Return(T[] items)
    {
        if (items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
