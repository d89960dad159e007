using System.Collections;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ImageryContracts.Serialization;

/// <summary>
/// A JSON member the vendor sends as one object or as an array of them under the same name (OneAtlas' catalogue
/// <c>_links</c>: one link for one image, a list for a bundle's bands). Read in either form, used as a list, and
/// written back in the form it was read, so a round trip never changes the payload. The generated models use it for a
/// spec <c>oneOf</c> of a component and an array of that component.
/// </summary>
/// <typeparam name="T">The generated model of one item.</typeparam>
public sealed class OneOrMany<T> : IReadOnlyList<T>
    where T : IParsable
{
    private readonly List<T> _items;

    /// <summary>One item, written as a JSON object.</summary>
    /// <param name="item">The item.</param>
    public OneOrMany(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items = [item];
    }

    /// <summary>Items written as a JSON array (one, several or none).</summary>
    /// <param name="items">The items.</param>
    public OneOrMany(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items];
        IsList = true;
    }

    /// <summary>Whether the member is (and is written as) an array rather than one object.</summary>
    public bool IsList { get; }

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>
    /// Reads the member from its parse node. Kiota's parse node reads a collection of an object as empty and an object
    /// of an array as empty, so only an empty result needs a second look to tell <c>[]</c> from <c>{…}</c>.
    /// </summary>
    /// <param name="node">The member's parse node.</param>
    /// <param name="factory">The item model's <c>CreateFromDiscriminatorValue</c>.</param>
    /// <returns>The items; null when the member is neither an object nor an array (the model then keeps it raw).</returns>
    public static OneOrMany<T>? Read(IParseNode node, ParsableFactory<T> factory)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(factory);
        var items = node.GetCollectionOfObjectValues(factory)?.ToList() ?? [];
        if (items.Count > 0)
        {
            return new OneOrMany<T>(items);
        }

        return node.GetObjectValue(UntypedNode.CreateFromDiscriminatorValue) switch
        {
            UntypedArray => new OneOrMany<T>(items),
            UntypedObject when node.GetObjectValue(factory) is { } item => new OneOrMany<T>(item),
            _ => null,
        };
    }

    /// <summary>Writes the member in the form it has: an object for one item read as one, an array otherwise.</summary>
    /// <param name="writer">The serialization writer.</param>
    /// <param name="key">The member's name.</param>
    /// <param name="value">The member; nothing is written for null.</param>
    public static void Write(ISerializationWriter writer, string key, OneOrMany<T>? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            return;
        }

        if (value.IsList)
        {
            writer.WriteCollectionOfObjectValues(key, value._items);
        }
        else
        {
            writer.WriteObjectValue(key, value._items[0]);
        }
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
