using ImageryContracts.Testing.OneAtlas.Contract;

namespace ImageryContracts.Testing.OneAtlas;

/// <summary>An order as the simulator keeps it. Mutated under the state's lock only.</summary>
internal sealed class OneAtlasOrder(Guid id, OneAtlasAccount account, OrderPayload payload, DateTimeOffset createdAt, IReadOnlyList<OneAtlasDelivery> deliveries)
{
    public Guid Id { get; } = id;

    public OneAtlasAccount Account { get; } = account;

    public OrderPayload Payload { get; } = payload;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public IReadOnlyList<OneAtlasDelivery> Deliveries { get; } = deliveries;

    public OrderStatus Status { get; set; } = OrderStatus.Ordered;

    public int Polls { get; set; }

    public long Price => Deliveries.Sum(delivery => delivery.Amount);
}
