using System.Globalization;
using NetTopologySuite.Geometries;

namespace ImageryContracts.Testing.DataCosmos;

/// <summary>A searchable catalogue item with what searches test on it: its footprint and its properties by wire name.</summary>
internal sealed class DataCosmosCatalogueEntry
{
    public DataCosmosCatalogueEntry(DataCosmosCatalogueItem item)
    {
        Item = item;
        Footprint = StacGeometry.ToNts(item.Footprint ?? throw new ArgumentException($"Item {item.Item} has no footprint, so it cannot be searched.", nameof(item)));
        var properties = new Dictionary<string, object>(item.ExtraProperties, StringComparer.Ordinal)
        {
            ["datetime"] = item.Acquired,
            ["processing:level"] = item.Level,
            ["opencosmos:data_area_km2"] = item.AreaKm2,
        };
        Add(properties, "platform", item.Platform);
        Add(properties, "constellation", item.Constellation);
        Add(properties, "eo:cloud_cover", item.CloudCover);
        Add(properties, "gsd", item.Gsd);
        Properties = properties;
    }

    public DataCosmosCatalogueItem Item { get; }

    public Polygon Footprint { get; }

    public IReadOnlyDictionary<string, object> Properties { get; }

    /// <summary>The cursor of the page that starts after this item.</summary>
    public string Cursor => string.Create(CultureInfo.InvariantCulture, $"next:{Item.Collection}:{Item.Item}");

    private static void Add(Dictionary<string, object> properties, string name, object? value)
    {
        if (value is not null)
        {
            properties[name] = value;
        }
    }
}
