using ImageryContracts.Testing.OneAtlas.Contract;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>The production of one ordered product, as the simulator keeps it. Mutated under the state's lock only.</summary>
internal sealed class OneAtlasDelivery(Guid id, Product product, OneAtlasCatalogueItem item, double areaKm2, long amount)
{
    public Guid Id { get; } = id;

    public Product Product { get; } = product;

    public OneAtlasCatalogueItem Item { get; } = item;

    public double AreaKm2 { get; } = areaKm2;

    public long Amount { get; } = amount;

    public string Status { get; set; } = "processing";

    public DateTimeOffset? UpdatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public string? ErrorCode { get; set; }

    public string? Message { get; set; }

    /// <summary>The new catalogue item the delivered product is, in the account's workspace; null until delivered.</summary>
    public OneAtlasCatalogueItem? DeliveredItem { get; set; }
}
