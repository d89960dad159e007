namespace ImageryContracts.Serialization;

/// <summary>The drift found while reading the responses of one call (<see cref="WireDrift.Begin"/>).</summary>
public sealed class WireDriftReport : IDisposable
{
    private readonly WireDriftReport? _outer;
    private readonly List<WireDriftItem> _items = [];

    internal WireDriftReport(WireDriftReport? outer) => _outer = outer;

    /// <summary>What was found, in reading order; a difference seen twice is listed twice.</summary>
    public IReadOnlyList<WireDriftItem> Items
    {
        get
        {
            lock (_items)
            {
                return [.. _items];
            }
        }
    }

    /// <summary>Stops collecting: reads after this report to the report that was current before.</summary>
    public void Dispose() => WireDrift.Restore(_outer);

    internal void Add(WireDriftKind kind, string field, string? value)
    {
        lock (_items)
        {
            _items.Add(new WireDriftItem(kind, field, value));
        }
    }
}
